using System.Globalization;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The files of one segment run — assignments.csv (and assignments.parquet with --format
/// parquet), segmentation.json, every <see cref="ISegmentOutputWriter"/> (profile.json), assignments.xlsx
/// with --xlsx and manifest.json —
/// written the same way by <c>segkit segment</c> (into --out) and <c>segkit track</c> (into one
/// sub-folder per snapshot).</summary>
public static class SegmentOutputs
{
    public const string AssignmentsFile = "assignments.csv";
    public const string AssignmentsXlsxFile = "assignments.xlsx";
    public const string AssignmentsParquetFile = AssignmentsParquet.FileName;
    public const string SegmentationFile = "segmentation.json";
    public const string ManifestFile = "manifest.json";

    /// <summary>Runs <paramref name="method"/> on the context's data and checks that every customer
    /// was assigned exactly once.</summary>
    public static Segmentation Segment(ISegmentMethod method, SegmentRunContext context, bool xlsx)
    {
        if (xlsx) AssignmentsXlsx.CheckFits(context.Loaded.Customers.RowCount);
        var segmentation = method.Run(context);
        CheckEveryCustomerOnce(segmentation, context.Loaded);
        return segmentation;
    }

    /// <summary>Writes the run's files into <paramref name="folder"/> of <paramref name="output"/>
    /// ("" for the output itself) and returns their names, relative to that folder.</summary>
    /// <param name="parameters">More manifest parameters (e.g. a tracked snapshot's "frozen").</param>
    public static IReadOnlyList<string> Write(OutputFolder output, string folder, ISegmentMethod method, Segmentation segmentation,
        SegmentRunContext context, SegmentRunSettings settings, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var into = folder.Length == 0 ? "" : folder.TrimEnd('/') + "/";
        var loaded = context.Loaded;
        var written = new List<string>();
        var columns = method.AssignmentColumns?.Where(segmentation.CustomerMeasures.ContainsKey).ToList();
        // assignments.csv holds every per-customer measure (the method's own columns first), so
        // segmentation.json can leave them out and stay small whatever the base.
        List<string>? allColumns = columns is null ? null
            : [.. columns, .. segmentation.CustomerMeasures.Keys.Where(m => !columns.Contains(m))];
        StepTimings.Time(AssignmentsFile, () => AssignmentsCsv.Write(output.PathFor(into + AssignmentsFile), segmentation, allColumns));
        written.Add(AssignmentsFile);
        if (settings.Parquet)
        {
            AssignmentsParquet.Write(output.PathFor(into + AssignmentsParquetFile), segmentation, allColumns);
            written.Add(AssignmentsParquetFile);
        }
        output.WriteAllText(into + SegmentationFile, segmentation.ToCatalogJson(AssignmentsFile));
        written.Add(SegmentationFile);
        foreach (var writer in OutputWriters().Where(w => w.Applies(segmentation, context)))
        {
            StepTimings.Time(writer.FileName, () => writer.Write(output.PathFor(into + writer.FileName), segmentation, context));
            written.Add(writer.FileName);
        }
        if (settings.Xlsx)
        {
            AssignmentsXlsx.Write(output.PathFor(into + AssignmentsXlsxFile), segmentation, columns, context.Profile);
            written.Add(AssignmentsXlsxFile);
        }
        // Rejected rows go to the output's own folder, once for the whole run.
        if (loaded.Rejects.Count > 0 && into.Length == 0) written.Add(DataOptions.RejectsFileName);
        written.Add(ManifestFile);

        var manifestParameters = new Dictionary<string, string>
        {
            ["method"] = method.Name,
            ["seed"] = context.Seed.ToString(CultureInfo.InvariantCulture),
            ["segments"] = segmentation.Segments.Count.ToString(CultureInfo.InvariantCulture),
            ["lenient"] = settings.Lenient ? "true" : "false",
        };
        if (settings.Xlsx) manifestParameters["xlsx"] = "true";
        if (settings.Parquet) manifestParameters["format"] = "parquet";
        if (context.K is { } k) manifestParameters["k"] = k.ToString(CultureInfo.InvariantCulture);
        if (settings.ConfigPath is not null) manifestParameters["config"] = Path.GetFileName(settings.ConfigPath);
        foreach (var (key, value) in context.Settings) manifestParameters[$"set.{key}"] = value;
        if (settings.PlaybookPath is not null) manifestParameters["playbook"] = Path.GetFileName(settings.PlaybookPath);
        foreach (var (key, value) in parameters ?? new Dictionary<string, string>()) manifestParameters[key] = value;
        var manifestInputs = StepTimings.Time("input hashes", () => loaded.ManifestInputs([.. settings.ConfigPath is null ? [] : new[] { settings.ConfigPath }, .. settings.PlaybookPath is null ? [] : new[] { settings.PlaybookPath }]));
        var warnings = segmentation.Warnings.Count == 0 ? null : segmentation.Warnings.Select(w => w.En).ToList();
        output.WriteAllText(into + ManifestFile, new RunManifest("segment", manifestInputs, manifestParameters, segmentation.AsOf, KitInfo.Version, written, warnings).ToJson());
        return written;
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

    private static IEnumerable<ISegmentOutputWriter> OutputWriters() => typeof(SegmentOutputs).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ISegmentOutputWriter).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ISegmentOutputWriter)Activator.CreateInstance(t)!)
        .OrderBy(w => w.FileName, StringComparer.Ordinal);
}
