using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Cli.Pack;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit run PIPELINE.yaml --out DIR</c>: a whole pack — data, methods, snapshot schedule,
/// reports — reproduced by one command into one folder with one manifest (all-or-nothing).</summary>
public sealed class RunCommand : ICliCommand
{
    public Command Build()
    {
        var pipeline = new Argument<FileInfo>("pipeline") { Description = "Pipeline YAML: data:, snapshots:, methods:, reports: (see docs/tracking.md)" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder: one folder per method, reports/CULTURE/, manifest.json (replaced only when the whole pack succeeds)", Required = true };
        var command = new Command("run", "Run a pack: every method tracked over the snapshot schedule and the reports, from one pipeline file");
        command.Arguments.Add(pipeline);
        command.Options.Add(outDir);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var pack = PackDefinition.Load(parseResult.GetValue(pipeline)!.ToString());
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, PackRun.Inputs(pack), typed: parseResult.GetValue(outDir)!.ToString(), command: "run");
            var (files, series) = PackRun.Write(pack, output);
            output.Commit();
            var console = CliConsole.Out;
            foreach (var (name, s) in series)
            {
                var latest = s.Trends.Latest;
                console.MarkupLine(Markup.Escape($"{name}: {s.Snapshots.Count} snapshots, {s.Snapshots[^1].Segmentation.Segments.Count} segments at {TrackRun.Folder(s.Snapshots[^1].AsOf)}" +
                    (latest is null ? "" : $"; {latest.Stability.ToString("0.0%", CultureInfo.InvariantCulture)} stayed in their segment since {TrackRun.Folder(latest.From)}")));
            }
            console.MarkupLine(Markup.Escape($"Wrote {output.Destination}: {files.Count} files"));
            return 0;
        }, MethodOptions.OptionNames));
        return command;
    }
}
