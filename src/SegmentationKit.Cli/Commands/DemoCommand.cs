using System.CommandLine;
using SegmentationKit.Cli.Infrastructure;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit demo</c>: runs the kit on the committed sample data.</summary>
public sealed class DemoCommand : ICliCommand
{
    public Command Build()
    {
        var data = new Option<DirectoryInfo?>("--data")
        {
            Description = "Folder with customers.csv and transactions.csv (default: the nearest data-samples folder)",
        };
        var outDir = new Option<DirectoryInfo?>("--out")
        {
            Description = "Folder for the runs and reports (default: reports/demo beside the data folder; replaced only when everything succeeded)",
        };
        var command = new Command("demo", "The whole pipeline on data-samples/: load, segment (rules, RFM, value tiers, clustering), profile, compare, PDF reports in English and French");
        command.Options.Add(data);
        command.Options.Add(outDir);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
            new DemoRun(CliConsole.Out).Run(parseResult.GetValue(data)?.FullName, parseResult.GetValue(outDir)?.FullName)));
        return command;
    }
}
