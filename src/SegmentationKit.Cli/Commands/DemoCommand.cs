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
        var command = new Command("demo", "Load, validate and describe the sample data in data-samples/");
        command.Options.Add(data);
        command.SetAction(parseResult => CliAction.Run(() =>
            new DemoRun(CliConsole.Out).Run(parseResult.GetValue(data)?.FullName)));
        return command;
    }
}
