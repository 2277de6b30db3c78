using SegmentationKit.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SegmentationKit.Data;

/// <summary>The column mappings of a data set's two files, as a YAML mapping file gives them:
/// <code>
/// customers:
///   Client: customer_id            # short form: header: name (standard kind or inferred)
///   CA annuel: arr
///   Secteur: { name: industry, kind: categorical }
/// transactions:
///   Client: customer_id
///   Date facture: date
///   Montant HT: amount
/// </code>
/// Kinds are <c>numeric</c>, <c>categorical</c>, <c>date</c> and <c>boolean</c>. Both sections are optional.</summary>
public sealed record DatasetMapping(ColumnMapping Customers, ColumnMapping Transactions)
{
    public static DatasetMapping Empty { get; } = new(ColumnMapping.Empty, ColumnMapping.Empty);

    /// <summary>Reads a YAML mapping file; a malformed one raises a <see cref="ConfigurationException"/>
    /// naming the file and the key.</summary>
    public static DatasetMapping Load(string path)
    {
        return Parse(IO.YamlInput.ReadFile(path, "--mapping"), path);
    }

    /// <summary>Parses YAML mapping text; <paramref name="source"/> names it in error messages.</summary>
    public static DatasetMapping Parse(string yaml, string source)
    {
        var stream = IO.YamlInput.Load(yaml, source);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigurationException(source, "(root)", "expected 'customers:' and/or 'transactions:' sections",
                "write 'customers:' then one 'Your header: column_name' line per column, indented (see docs/data-loading.md)");

        var customers = ColumnMapping.Empty;
        var transactions = ColumnMapping.Empty;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = IO.YamlInput.KeyText(keyNode, source, "");
            switch (key)
            {
                case "customers": customers = Section(valueNode, key, source); break;
                case "transactions": transactions = Section(valueNode, key, source); break;
                default:
                    throw new ConfigurationException(source, key, "unknown section", "use 'customers:' and/or 'transactions:'");
            }
        }
        return new DatasetMapping(customers, transactions);
    }

    private static ColumnMapping Section(YamlNode node, string section, string source)
    {
        if (node is YamlScalarNode { Value: null or "" }) return ColumnMapping.Empty;
        if (node is not YamlMappingNode map)
            throw new ConfigurationException(source, section, "expected one 'source header: name' entry per line", "write e.g. '  Client: customer_id' under the section");
        var entries = new List<ColumnMap>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var header = IO.YamlInput.KeyText(keyNode, source, section).Trim();
            var path = $"{section}.{header}";
            if (header.Length == 0) throw new ConfigurationException(source, section, "an entry has an empty source header", "write the header of your file before the colon");
            if (!seen.Add(header)) throw new ConfigurationException(source, path, "the header is mapped twice", "keep one entry per header");
            entries.Add(valueNode switch
            {
                // A name of blanks only (a non-breaking space pasted from a document) is no name.
                YamlScalarNode { Value: { } name } when name.Trim().Length > 0 => new ColumnMap(header, name.Trim()),
                YamlMappingNode m => Entry(m, header, path, source),
                _ => throw new ConfigurationException(source, path, "expected a column name or { name: ..., kind: ... }", "write e.g. 'Secteur: industry' or 'Secteur: { name: industry, kind: categorical }'"),
            });
        }
        return new ColumnMapping(entries);
    }

    private static ColumnMap Entry(YamlMappingNode node, string header, string path, string source)
    {
        string? name = null;
        ColumnKind? kind = null;
        foreach (var (k, v) in node.Children)
        {
            var key = IO.YamlInput.KeyText(k, source, path);
            var value = (v as YamlScalarNode)?.Value?.Trim();
            switch (key)
            {
                case "name": name = value; break;
                case "kind":
                    kind = value?.ToLowerInvariant() switch
                    {
                        "numeric" => ColumnKind.Numeric,
                        "categorical" => ColumnKind.Categorical,
                        "date" => ColumnKind.Date,
                        "boolean" => ColumnKind.Boolean,
                        _ => throw new ConfigurationException(source, $"{path}.kind", $"unknown kind '{value}'", "use numeric, categorical, date or boolean"),
                    };
                    break;
                default:
                    throw new ConfigurationException(source, $"{path}.{key}", "unknown key", "use 'name' and 'kind'");
            }
        }
        return new ColumnMap(header, string.IsNullOrWhiteSpace(name) ? header : name, kind);
    }
}
