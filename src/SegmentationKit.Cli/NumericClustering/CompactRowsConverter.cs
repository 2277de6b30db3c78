using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>Writes a table of counts one row per line (<c>[233, 90]</c>) even in indented JSON, so a
/// contingency table reads as a table instead of one number per line.</summary>
public sealed class CompactRowsConverter : JsonConverter<long[][]>
{
    public override long[][] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<long[][]>(ref reader) ?? [];

    public override void Write(Utf8JsonWriter writer, long[][] value, JsonSerializerOptions options)
    {
        if (!options.WriteIndented || value.Length == 0)
        {
            JsonSerializer.Serialize(writer, value);
            return;
        }
        var inner = new string(' ', 2 * (writer.CurrentDepth + 1));
        var rows = value.Select(row => inner + "[" + string.Join(", ", row.Select(c => c.ToString(CultureInfo.InvariantCulture))) + "]");
        writer.WriteRawValue("[\n" + string.Join(",\n", rows) + "\n" + new string(' ', 2 * writer.CurrentDepth) + "]");
    }
}
