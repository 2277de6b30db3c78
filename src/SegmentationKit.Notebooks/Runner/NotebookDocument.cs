using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentationKit.Errors;
using SegmentationKit.IO;

namespace SegmentationKit.Notebooks.Runner;

/// <summary>An nbformat 4 notebook as JSON, read and written the way Jupyter does (one-space
/// indent, non-ASCII kept readable, trailing newline), so a stored run diffs cleanly. Every minor
/// version of nbformat 4 is read, 4.5's cell ids and cell attachments included; what the runner
/// reads (cell types, sources, metadata, tags, outputs) is checked when the file is loaded, so a
/// malformed notebook is a <see cref="DataValidationException"/> naming the file and the cell,
/// never a crash while it runs.</summary>
public sealed class NotebookDocument
{
    /// <summary>Largest notebook read, bytes (outputs with images make notebooks big, not this big).</summary>
    public const long MaxFileBytes = 512L << 20;

    /// <summary>Deepest JSON nesting read (widget state nests, rarely past a few dozen levels).</summary>
    public const int MaxDepth = 256;

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] CellTypes = ["code", "markdown", "raw"];

    private const string Fix = "open it in Jupyter and save it again, or fix the JSON by hand";

    private NotebookDocument(string path, JsonObject json)
    {
        Path = path;
        Json = json;
    }

    public string Path { get; }

    public JsonObject Json { get; }

    public JsonArray Cells => (JsonArray)Json["cells"]!;

    /// <summary>Reads an .ipynb file; anything that is not an nbformat 4 notebook is a
    /// <see cref="DataValidationException"/> naming the file.</summary>
    public static NotebookDocument Load(string path)
    {
        if (!File.Exists(path))
            throw new DataValidationException(path, null, null, null, "the notebook does not exist", "check the path");
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            throw new DataValidationException(path, null, null, null, $"the notebook is {length:N0} bytes; at most {MaxFileBytes:N0} are read (size limit)",
                "clear the outputs (Jupyter: Edit > Clear outputs of all cells) and save it again");
        return Parse(TextInput.ReadAllText(path), path);
    }

    /// <summary>Reads notebook JSON held in memory; <paramref name="path"/> names it in messages.</summary>
    public static NotebookDocument Parse(string text, string path)
    {
        JsonObject json;
        try
        {
            var node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = MaxDepth });
            if (node is not JsonObject root || root["cells"] is not JsonArray)
                throw new DataValidationException(path, null, "cells", null, "not a Jupyter notebook (no \"cells\" list)", "give an .ipynb file saved by Jupyter");
            json = root;
            // Nodes are built lazily: walk them all now, so a key given twice is found here.
            Walk(json, 0);
        }
        catch (JsonException e)
        {
            throw new DataValidationException(path, e.LineNumber is { } l ? l + 1 : null, null, null, $"not valid JSON: {e.Message}", Fix);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // e.g. the same key twice in one object
            throw new DataValidationException(path, null, null, null, $"not a valid notebook: {e.Message.TrimEnd('.')}", Fix);
        }
        CheckFormat(json, path);
        var cells = (JsonArray)json["cells"]!;
        for (var i = 0; i < cells.Count; i++) CheckCell(cells[i], i + 1, path);
        return new NotebookDocument(path, json);
    }

    private static void Walk(JsonNode? node, int depth)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o) Walk(child, depth + 1);
                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, depth + 1);
                break;
        }
    }

    private static void CheckFormat(JsonObject json, string path)
    {
        var format = json["nbformat"];
        if (format is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue<double>(out var major) || major != 4)
            throw new DataValidationException(path, null, "nbformat", format?.ToJsonString(), "only nbformat 4 notebooks can be run",
                "save the notebook with Jupyter 4 or later (File > Save)");
        if (json["nbformat_minor"] is { } minor && minor.GetValueKind() != JsonValueKind.Number)
            throw new DataValidationException(path, null, "nbformat_minor", minor.ToJsonString(), "the minor format version must be a number", Fix);
        if (json["metadata"] is { } metadata && metadata is not JsonObject)
            throw new DataValidationException(path, null, "metadata", null, "the notebook's metadata must be an object", Fix);
    }

    /// <summary>What the runner and Jupyter rely on in a cell: a known type, a source of text, an
    /// object of metadata with text tags, a list of outputs for code; an id and attachments when present
    /// (nbformat 4.5) of the right shape.</summary>
    private static void CheckCell(JsonNode? node, int number, string path)
    {
        var where = $"cell {number}";
        if (node is not JsonObject cell)
            throw new DataValidationException(path, null, where, null, "a cell must be an object", Fix);
        if (cell["cell_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String || !CellTypes.Contains((string)type!))
            throw new DataValidationException(path, null, where, cell["cell_type"]?.ToJsonString(), "the cell type must be \"code\", \"markdown\" or \"raw\"", Fix);
        switch (cell["source"])
        {
            case null:
                break;
            case JsonValue s when s.GetValueKind() == JsonValueKind.String:
                break;
            case JsonArray lines when lines.All(l => l is JsonValue lv && lv.GetValueKind() == JsonValueKind.String):
                break;
            default:
                throw new DataValidationException(path, null, $"{where}.source", null, "a cell's source must be text or a list of lines of text", Fix);
        }
        if (cell["metadata"] is { } metadata)
        {
            if (metadata is not JsonObject meta)
                throw new DataValidationException(path, null, $"{where}.metadata", null, "a cell's metadata must be an object", Fix);
            if (meta["tags"] is { } tags && (tags is not JsonArray list || !list.All(t => t is JsonValue tv && tv.GetValueKind() == JsonValueKind.String)))
                throw new DataValidationException(path, null, $"{where}.metadata.tags", null, "tags must be a list of words", "write tags as [\"parameters\"]");
        }
        if (cell["id"] is { } id && (id is not JsonValue iv || iv.GetValueKind() != JsonValueKind.String))
            throw new DataValidationException(path, null, $"{where}.id", id.ToJsonString(), "a cell id must be text (nbformat 4.5)", Fix);
        if (cell["attachments"] is { } attachments && attachments is not JsonObject)
            throw new DataValidationException(path, null, $"{where}.attachments", null, "attachments must be an object of file names (nbformat 4.5)", Fix);
        if ((string?)type == "code" && cell["outputs"] is { } outputs && outputs is not JsonArray)
            throw new DataValidationException(path, null, $"{where}.outputs", null, "a code cell's outputs must be a list", Fix);
    }

    /// <summary>A cell's source: nbformat stores it as one string or as a list of lines.</summary>
    public static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l is JsonValue v && v.GetValueKind() == JsonValueKind.String ? (string)v! : "")),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => (string)v!,
        _ => "",
    };

    /// <summary>Source text in nbformat's list-of-lines form (every line but the last ends in \n).</summary>
    public static JsonArray SourceLines(string source)
    {
        var lines = new JsonArray();
        var start = 0;
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] != '\n') continue;
            lines.Add(source[start..(i + 1)]);
            start = i + 1;
        }
        if (start < source.Length) lines.Add(source[start..]);
        return lines;
    }

    public string ToJsonText() => Json.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it over, so a
    /// reader never sees half a notebook.</summary>
    public void Save(string path)
    {
        var temp = WriteBeside(path);
        Publish(temp, path);
    }

    /// <summary>The first half of <see cref="Save"/>: the notebook written in full to a temporary file
    /// beside <paramref name="path"/> (returned), for a caller that publishes several notebooks at once
    /// with <see cref="Publish"/> only when every one of them is written.</summary>
    public string WriteBeside(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var temp = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!,
            $".{System.IO.Path.GetFileName(full)}{OutputFolder.StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(temp, ToJsonText(), new UTF8Encoding(false));
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        return temp;
    }

    /// <summary>Renames a file from <see cref="WriteBeside"/> over <paramref name="path"/>.</summary>
    public static void Publish(string temp, string path) => File.Move(temp, System.IO.Path.GetFullPath(path), overwrite: true);
}
