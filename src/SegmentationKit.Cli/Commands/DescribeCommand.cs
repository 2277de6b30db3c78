using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Data;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit describe</c>: an overview of a customer base and its transactions.</summary>
public sealed class DescribeCommand : ICliCommand
{
    public Command Build()
    {
        var data = new DataOptions();
        var json = new Option<bool>("--json") { Description = "Print the overview as JSON (snake_case) instead of tables" };
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Also write summary.json (and rejects.csv with --lenient) to this folder" };
        var command = new Command("describe", "Overview of a customer base: columns, missing values, ranges, ARR/MRR, churn, transactions");
        data.AddTo(command);
        command.Options.Add(json);
        command.Options.Add(outDir);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var outPath = parseResult.GetValue(outDir)?.FullName;
            using var output = outPath is null ? null : new OutputFolder(outPath, data.InputPaths(parseResult), typed: parseResult.GetValue(outDir)!.ToString(), command: "describe");
            var loaded = data.Load(parseResult, output);
            var summary = DatasetSummary.Of(loaded.Customers, loaded.Transactions);
            var text = summary.ToJson();
            if (parseResult.GetValue(json)) Console.Out.WriteLine(text);
            else DatasetSummaryView.Write(CliConsole.Out, summary);
            if (output is not null)
            {
                output.WriteAllText("summary.json", text);
                var outputs = new List<string> { "summary.json" };
                if (loaded.Rejects.Count > 0) outputs.Add(DataOptions.RejectsFileName);
                var manifest = new RunManifest("describe", loaded.ManifestInputs(),
                    new Dictionary<string, string>
                    {
                        ["lenient"] = parseResult.GetValue(data.Lenient).ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
                        ["dialect"] = parseResult.GetValue(data.Dialect) ?? "auto",
                    },
                    loaded.AsOf, KitInfo.Version, outputs);
                output.WriteAllText("manifest.json", manifest.ToJson());
                output.Commit();
            }
            return 0;
        }));
        return command;
    }
}
