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
    public static ManifestInput Input(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        return new ManifestInput(Path.GetFileName(path), hash, new FileInfo(path).Length);
    }

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);
}

/// <summary>One input file of a run.</summary>
public sealed record ManifestInput(string File, string Sha256, long Bytes);
