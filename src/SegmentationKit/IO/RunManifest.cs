using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SegmentationKit.IO;

/// <summary>The <c>manifest.json</c> every run writes: what went in (with SHA-256), with which
/// parameters, by which kit version, as of which date, and the warnings a reader of the outputs must
/// know (absent when there are none). No wall-clock time, so reruns are identical.</summary>
public sealed record RunManifest(
    string Command,
    IReadOnlyList<ManifestInput> Inputs,
    IReadOnlyDictionary<string, string> Parameters,
    DateOnly? AsOf,
    string KitVersion,
    IReadOnlyList<string> Outputs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Warnings = null)
{
    /// <param name="encoding">How the run decoded the file (see <see cref="TextInput"/>); null: as
    /// <see cref="TextInput.Detect(string, TextEncoding?)"/> finds it, which is how the kit reads any text
    /// input it was not told the encoding of.</param>
    public static ManifestInput Input(string path, TextEncoding? encoding = null)
    {
        encoding ??= Detected(path);
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new ManifestInput(Path.GetFileName(path), hash, new FileInfo(path).Length) { Encoding = encoding?.ToString() };
    }

    private static TextEncoding? Detected(string path)
    {
        try
        {
            return TextInput.Detect(path);
        }
        catch (Errors.DataValidationException)
        {
            return null; // not text in any encoding the kit reads: no encoding to record
        }
    }

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);
}

/// <summary>One input file of a run; <see cref="Encoding"/> says how a text input was decoded, e.g.
/// "Windows-1252 (not valid UTF-8: byte 0xE9 on line 2)".</summary>
public sealed record ManifestInput(string File, string Sha256, long Bytes)
{
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Encoding { get; init; }
}
