using System.CommandLine;
using SegmentationKit.Data;
using SegmentationKit.Features;
using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>The options of the commands that read any numeric CSV (<c>--data</c>, <c>--exclude</c>,
/// <c>--dialect</c>) and the one way to load it (<see cref="NumericCsv"/>).</summary>
public sealed class NumericDataOptions
{
    public Option<FileInfo> Data { get; } = new("--data")
    {
        Description = "Numeric CSV with a header line: one row per item, one column per feature",
        Required = true,
    };

    public Option<string?> Exclude { get; } = new("--exclude")
    {
        Description = "Columns to leave out, comma-separated (e.g. an id or a known answer): --exclude id,truth",
    };

    public Option<string> Dialect { get; } = DataOptions.CreateDialectOption();

    public Option<string?> Encoding { get; } = DataOptions.CreateEncodingOption();

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Exclude);
        command.Options.Add(Dialect);
        command.Options.Add(Encoding);
    }

    /// <summary>The encoding the last <see cref="Load"/> read the file with, for the manifest.</summary>
    public TextEncoding? LoadedEncoding { get; private set; }

    /// <summary>The file as the user typed it, so messages name it the way the user knows it.</summary>
    public string DataPath(ParseResult parseResult) => parseResult.GetValue(Data)!.ToString();

    public IReadOnlyList<string> ExcludedColumns(ParseResult parseResult) => SplitList(parseResult.GetValue(Exclude));

    public FeatureMatrix Load(ParseResult parseResult)
    {
        var path = DataPath(parseResult);
        var matrix = NumericCsv.Load(path, new NumericCsvOptions
        {
            Dialect = DataOptions.ParseDialect(parseResult.GetValue(Dialect)),
            Exclude = ExcludedColumns(parseResult),
            Encoding = TextInput.Choose(parseResult.GetValue(Encoding)),
        }, out var encoding);
        LoadedEncoding = encoding;
        DataOptions.ReportEncoding(path, encoding);
        return matrix;
    }

    /// <summary>"a, b,c" → [a, b, c]; empty items are dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
