using System.CommandLine;
using System.Globalization;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using Spectre.Console;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit segment --method NAME</c>: fits one segmentation method on a customer base and
/// writes assignments.csv, segmentation.json and manifest.json (all-or-nothing). Methods and extra
/// outputs plug in as <see cref="ISegmentMethod"/> / <see cref="ISegmentOutputWriter"/> files.</summary>
public sealed class SegmentCommand : ICliCommand
{
    /// <summary>The options of this command that set what an options record calls by another name.</summary>
    private static readonly Dictionary<string, string> OptionNames = new(StringComparer.Ordinal) { ["clusters"] = "--k", ["components"] = "--k" };

    public const string AssignmentsFile = "assignments.csv";
    public const string AssignmentsXlsxFile = "assignments.xlsx";
    public const string SegmentationFile = "segmentation.json";
    public const string ManifestFile = "manifest.json";

    public Command Build()
    {
        var methods = SegmentMethods.All;
        var method = new Option<string>("--method")
        {
            Description = "Segmentation method: " + string.Join("; ", methods.Select(m => $"{m.Name} ({m.Description})")),
            Required = true,
        };
        var data = new DataOptions();
        var config = new Option<FileInfo?>("--config") { Description = "YAML configuration: one section per method (rules:, rfm:, value:, maturity:, cross:) or one method's file" };
        var seed = new Option<int>("--seed") { Description = "Random seed for methods that draw random numbers", DefaultValueFactory = _ => 42 };
        var k = new Option<int?>("--k") { Description = "Number of segments, for methods that take one" };
        var set = new Option<string[]>("--set") { Description = "Override one configuration key, e.g. --set rfm.bins=4 (repeatable)" };
        var outDir = new Option<DirectoryInfo>("--out") { Description = "Output folder (created; files in it are replaced only when the run succeeds)", Required = true };
        var playbook = new PlaybookOption();
        var xlsx = new Option<bool>("--xlsx")
        {
            Description = "Also write assignments.xlsx for Excel: the assignments and a sheet of segment KPIs (up to 1,048,575 customers)",
        };
        var command = new Command("segment", "Segment customers: rules, RFM, value tiers, maturity × potential, crossed segmentations and more");
        command.Options.Add(method);
        data.AddTo(command);
        command.Options.Add(config);
        command.Options.Add(seed);
        command.Options.Add(k);
        command.Options.Add(set);
        command.Options.Add(playbook.Option);
        command.Options.Add(outDir);
        command.Options.Add(xlsx);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var chosen = SegmentMethods.Find(parseResult.GetValue(method)!);
            var configPath = parseResult.GetValue(config)?.ToString();
            var settings = ParseSettings(parseResult.GetValue(set) ?? []);
            if (chosen.NeedsTransactions && parseResult.GetValue(data.Transactions) is null)
                throw new ConfigurationException(null, "--transactions", $"--method {chosen.Name} needs the transaction log", "pass --transactions orders.csv");
            using var output = new OutputFolder(parseResult.GetValue(outDir)!.FullName, InputPaths(parseResult, data, configPath), typed: parseResult.GetValue(outDir)!.ToString(), command: "segment");
            var loaded = data.Load(parseResult, output);
            var context = new SegmentRunContext(loaded, configPath, parseResult.GetValue(seed), parseResult.GetValue(k), settings)
            {
                Playbook = playbook.Read(parseResult),
            };
            if (parseResult.GetValue(xlsx)) AssignmentsXlsx.CheckFits(loaded.Customers.RowCount);
            var segmentation = chosen.Run(context);
            CheckEveryCustomerOnce(segmentation, loaded);

            var written = new List<string>();
            var columns = chosen.AssignmentColumns?.Where(segmentation.CustomerMeasures.ContainsKey).ToList();
            AssignmentsCsv.Write(output.PathFor(AssignmentsFile), segmentation, columns);
            written.Add(AssignmentsFile);
            output.WriteAllText(SegmentationFile, segmentation.ToJson());
            written.Add(SegmentationFile);
            foreach (var writer in OutputWriters().Where(w => w.Applies(segmentation, context)))
            {
                writer.Write(output.PathFor(writer.FileName), segmentation, context);
                written.Add(writer.FileName);
            }
            if (parseResult.GetValue(xlsx))
            {
                AssignmentsXlsx.Write(output.PathFor(AssignmentsXlsxFile), segmentation, columns, context.Profile);
                written.Add(AssignmentsXlsxFile);
            }
            if (loaded.Rejects.Count > 0) written.Add(DataOptions.RejectsFileName);
            written.Add(ManifestFile);

            var parameters = new Dictionary<string, string>
            {
                ["method"] = chosen.Name,
                ["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture),
                ["segments"] = segmentation.Segments.Count.ToString(CultureInfo.InvariantCulture),
                ["lenient"] = parseResult.GetValue(data.Lenient) ? "true" : "false",
            };
            if (parseResult.GetValue(xlsx)) parameters["xlsx"] = "true";
            if (context.K is { } kk) parameters["k"] = kk.ToString(CultureInfo.InvariantCulture);
            if (configPath is not null) parameters["config"] = Path.GetFileName(configPath);
            foreach (var (key, value) in settings) parameters[$"set.{key}"] = value;
            var playbookPath = parseResult.GetValue(playbook.Option)?.FullName;
            if (playbookPath is not null) parameters["playbook"] = Path.GetFileName(playbookPath);
            var manifestInputs = loaded.ManifestInputs([.. configPath is null ? [] : new[] { configPath }, .. playbookPath is null ? [] : new[] { playbookPath }]);
            var warnings = segmentation.Warnings.Count == 0 ? null : segmentation.Warnings.Select(w => w.En).ToList();
            output.WriteAllText(ManifestFile, new RunManifest("segment", manifestInputs, parameters, segmentation.AsOf, KitInfo.Version, written, warnings).ToJson());
            output.Commit();

            Show(segmentation, context, output.Destination, written);
            return 0;
        }, OptionNames));
        return command;
    }

    private static IEnumerable<string> InputPaths(ParseResult parseResult, DataOptions data, string? configPath) =>
        configPath is null ? data.InputPaths(parseResult) : [.. data.InputPaths(parseResult), Path.GetFullPath(configPath)];

    internal static IReadOnlyDictionary<string, string> ParseSettings(IEnumerable<string> items)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var eq = item.IndexOf('=');
            if (eq <= 0)
                throw new ConfigurationException(null, "--set", $"'{item}' is not key=value", "write e.g. --set rfm.bins=4");
            settings[item[..eq].Trim()] = item[(eq + 1)..].Trim();
        }
        return settings;
    }

    private static void CheckEveryCustomerOnce(Segmentation segmentation, LoadedData loaded)
    {
        var expected = loaded.Customers.CustomerIds;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in segmentation.CustomerIds)
            if (!seen.Add(id))
                throw new ModelException($"{segmentation.Method}: customer '{id}' was assigned twice; this is a bug in the method", "report it with the command line; meanwhile try another --method");
        if (seen.Count != expected.Count || expected.Any(id => !seen.Contains(id)))
            throw new ModelException($"{segmentation.Method}: {seen.Count} customers assigned for {expected.Count} in {loaded.Customers.Source}; this is a bug in the method", "report it with the command line; meanwhile try another --method");
    }

    private static IEnumerable<ISegmentOutputWriter> OutputWriters() => typeof(SegmentCommand).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISegmentOutputWriter).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ISegmentOutputWriter)Activator.CreateInstance(t)!)
        .OrderBy(w => w.FileName, StringComparer.Ordinal);

    private static void Show(Segmentation segmentation, SegmentRunContext context, string destination, IReadOnlyList<string> written)
    {
        var console = CliConsole.Out;
        var sizes = segmentation.Sizes();
        var total = segmentation.CustomerCount;
        var asOf = segmentation.AsOf is { } d ? $", as of {d:yyyy-MM-dd}" : "";
        var table = new Table()
            .Title(Markup.Escape($"{segmentation.Method}: {segmentation.Segments.Count} segments, {total.ToString("N0", CultureInfo.InvariantCulture)} customers{asOf}"))
            .AddColumn("segment")
            .AddColumn("name")
            .AddColumn(new TableColumn("customers").RightAligned())
            .AddColumn(new TableColumn("share").RightAligned());
        for (var i = 0; i < segmentation.Segments.Count; i++)
        {
            var s = segmentation.Segments[i];
            var share = total == 0 ? 0 : (double)sizes[i] / total;
            table.AddRow(Markup.Escape(s.Id), Markup.Escape(s.Name), sizes[i].ToString("N0", CultureInfo.InvariantCulture),
                share.ToString("0.0%", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        foreach (var warning in segmentation.Warnings) console.MarkupLine("[yellow]warning:[/] " + Markup.Escape(warning.En));
        foreach (var note in context.Notes) console.MarkupLine(Markup.Escape(note));
        console.MarkupLine(Markup.Escape($"Wrote {destination}: {string.Join(", ", written)}"));
    }
}
