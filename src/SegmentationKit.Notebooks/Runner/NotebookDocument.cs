using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SegmentationKit.Errors;

namespace SegmentationKit.Notebooks.Runner;

/// <summary>An nbformat 4 notebook as JSON, read and written the way Jupyter does (one-space
/// indent, non-ASCII kept readable, trailing newline), so a stored run diffs cleanly.</summary>
public sealed class NotebookDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new DataValidationException(path, e.LineNumber + 1, null, null, $"not valid JSON: {e.Message}", "open it in Jupyter or fix the JSON by hand");
        }
        if (node is not JsonObject json || json["cells"] is not JsonArray)
            throw new DataValidationException(path, null, "cells", null, "not a Jupyter notebook (no \"cells\" list)", "give an .ipynb file saved by Jupyter");
        if (json["nbformat"]?.GetValueKind() != JsonValueKind.Number || (int)json["nbformat"]! != 4)
            throw new DataValidationException(path, null, "nbformat", json["nbformat"]?.ToJsonString(), "only nbformat 4 notebooks can be run", "save the notebook with Jupyter 4 or later (File > Save)");
        return new NotebookDocument(path, json);
    }

    /// <summary>A cell's source: nbformat stores it as one string or as a list of lines.</summary>
    public static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l ?? "")),
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
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        File.WriteAllText(temp, ToJsonText(), new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }
}
