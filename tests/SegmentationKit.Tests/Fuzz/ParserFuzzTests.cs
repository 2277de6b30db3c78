using System.Text;
using CsCheck;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Segmenters;
using SegmentationKit.Segmenters.Clusters;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Fuzzing;

/// <summary>Property-based fuzzing (CsCheck) of the parsers users feed files to: the customer and
/// transaction CSV loaders (strict and lenient), the numeric CSV reader, the YAML configurations
/// (every rule-based method, the clustering sections, --set overrides, column mappings) and the text
/// input reader. Inputs come from a grammar of what users write, encoded the ways their tools save
/// them, then mutated; each must end in a result or a kit exception. See <see cref="TestSupport.Fuzz"/>
/// for the budget and how to run longer.</summary>
[Trait("Category", "Fuzz")]
public class ParserFuzzTests
{
    // ---------- grammar

    private static readonly Gen<string> Word = Gen.OneOf(
        "Retail", "Food", "Servicés", "Île-de-France", "Banking-Insurance", "a,b", "say \"hi\"", "=HYPERLINK(\"x\")", "'t Hooft",
        "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "", " ", "  padded  ", "true", "false", "oui", "non", "yes", "NaN", "Infinity",
        "1e400", "-0", "0", "12", "12.5", "-3.25", "1,5", "1 000", "1\u202F000,5", "2024-02-29", "2024-02-30", "31/12/2024", "12/31/2024",
        "2024-13-01", "x\ny", "é", "\u00A0", "日本", "😀", "null", "~", "#comment", "\t", "line1\r\nline2");

    private static readonly Gen<string> Header = Gen.OneOf(
        "customer_id", "industry", "plan", "arr", "mrr", "signup_date", "churned", "churn_date", "nps", "seats", "employees",
        "date", "amount", "x", "y", "Secteur d'activité", "", "arr", "\"quoted\"", "=cmd", "trial", "region", "a;b");

    private static string Cell(string value, char separator, bool quote) =>
        quote || value.IndexOfAny([separator, '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    /// <summary>A CSV with a header from <paramref name="first"/> and random columns, and rows of words,
    /// in a random dialect, quoting and line end; some rows ragged, some cells quoted.</summary>
    private static Gen<string> CsvText(string[] first, Gen<string> firstCell) =>
        Gen.Select(Header.Array[0, 4], Gen.Bool, Gen.Bool).SelectMany(t =>
        {
            var (extra, french, crlf) = t;
            var separator = french ? ';' : ',';
            var newline = crlf ? "\r\n" : "\n";
            var columns = first.Concat(extra).ToArray();
            var row = Gen.Select(firstCell, Word.Array[columns.Length - 1], Gen.Int[0, 9], Gen.Int[0, 5].Array[columns.Length], (id, rest, ragged, quotes) =>
            {
                var cells = new[] { id }.Concat(rest).ToArray();
                if (ragged == 0) cells = cells[..^1];
                if (ragged == 1) cells = [.. cells, "extra"];
                return string.Join(separator, cells.Select((c, i) => Cell(c, separator, quotes[Math.Min(i, quotes.Length - 1)] == 0)));
            });
            return Gen.Select(row.Array[0, 12], Gen.Int[0, 7].Array[columns.Length], Gen.Bool, (rows, quotes, lastNewline) =>
                string.Join(separator, columns.Select((c, i) => Cell(c, separator, quotes[i] == 0))) + newline
                + string.Join(newline, rows) + (lastNewline && rows.Length > 0 ? newline : ""));
        });

    private static readonly Gen<string> Id = Gen.OneOf(Gen.Int[1, 8].Select(i => $"C{i}"), Word);

    private static readonly Gen<byte[]> CustomerFiles = Fuzz.Mutated(CsvText(["customer_id"], Id));

    private static readonly Gen<byte[]> TransactionFiles = Fuzz.Mutated(CsvText(["customer_id", "date", "amount"], Id));

    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Double[-1e6, 1e6].Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double[-10, 10].Select(d => d.ToString("0.###", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Word);

    private static readonly Gen<byte[]> NumericFiles = Fuzz.Mutated(
        Gen.Select(Header.Array[1, 5], Gen.Bool).SelectMany(t =>
        {
            var (names, french) = t;
            var separator = french ? ';' : ',';
            var row = Gen.Select(Number.Array[names.Length], Gen.Int[0, 11].Array[names.Length], Gen.Int[0, 8], (cells, quotes, end) =>
                string.Join(separator, cells.Select((c, i) => Cell(c, separator, quotes[i] == 0))) + (end == 0 ? "\r\n" : "\n"));
            return row.Array[0, 30].Select(rows => string.Join(separator, names.Select(n => Cell(n, separator, false))) + "\n" + string.Concat(rows));
        }));

    // ---------- properties

    private static string Write(byte[] bytes, string name)
    {
        var path = Fuzz.TempFile(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Customer_csv_loads_or_explains_every_input()
    {
        Fuzz.Run(Gen.Select(CustomerFiles, Gen.Bool, Gen.Int[0, 3]), t =>
        {
            var (bytes, lenient, dialect) = t;
            var path = Write(bytes, "customers.csv");
            var options = new CsvReadOptions { Dialect = (CsvDialect)dialect switch { var d when Enum.IsDefined(d) => d, _ => CsvDialect.Auto } };
            Fuzz.ExpectKitOutcome(() =>
            {
                if (lenient)
                {
                    var result = CustomerCsv.LoadLenient(path, options);
                    result.Table.RowCount.Should().BeGreaterThan(0);
                    result.Table.CustomerIds.Should().OnlyHaveUniqueItems();
                    result.Rejects.All(r => r.Line >= 2 && r.Reason.Length > 0).Should().BeTrue();
                }
                else
                {
                    var table = CustomerCsv.Load(path, options);
                    table.CustomerIds.Should().OnlyHaveUniqueItems().And.NotContain(id => id.Length == 0);
                    table.Columns.All(c => c.Length == table.RowCount).Should().BeTrue();
                }
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 2500, print: t => Fuzz.Show(t.Item1));
    }

    [Fact]
    public void Transaction_csv_loads_or_explains_every_input()
    {
        var customers = CustomerCsv.Load(Write(Encoding.UTF8.GetBytes("customer_id\nC1\nC2\nC3\nRetail\n"), "known.csv"));
        Fuzz.Run(Gen.Select(TransactionFiles, Gen.Bool, Gen.Bool), t =>
        {
            var (bytes, lenient, closed) = t;
            var path = Write(bytes, "transactions.csv");
            Fuzz.ExpectKitOutcome(() =>
            {
                var log = lenient
                    ? TransactionCsv.LoadLenient(path, customers: closed ? customers : null).Table
                    : TransactionCsv.Load(path, customers: closed ? customers : null);
                log.Amounts.ToArray().All(a => double.IsFinite(a) && a >= 0).Should().BeTrue();
                if (closed) log.CustomerIds.All(id => customers.CustomerIds.Contains(id)).Should().BeTrue();
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 2500, print: t => Fuzz.Show(t.Item1));
    }

    [Fact]
    public void Numeric_csv_loads_or_explains_every_input()
    {
        Fuzz.Run(Gen.Select(NumericFiles, Header.Array[0, 2], Gen.Int[1, 3]), t =>
        {
            var (bytes, exclude, threads) = t;
            var path = Write(bytes, "data.csv");
            Fuzz.ExpectKitOutcome(() =>
            {
                var matrix = NumericCsv.Load(path, new NumericCsvOptions { Exclude = exclude.Distinct().ToList(), MaxDegreeOfParallelism = threads });
                matrix.Values.All(v => double.IsFinite(v)).Should().BeTrue();
                matrix.Values.Length.Should().Be(matrix.Rows * matrix.Columns);
                matrix.Rows.Should().BeGreaterThan(0);
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 2500, print: t => Fuzz.Show(t.Item1));
    }

    [Fact]
    public void Numeric_csv_gives_the_same_matrix_whatever_the_thread_count() =>
        Fuzz.Run(NumericFiles, bytes =>
        {
            var path = Write(bytes, "data.csv");
            string Outcome(int threads)
            {
                try
                {
                    var m = NumericCsv.Load(path, new NumericCsvOptions { MaxDegreeOfParallelism = threads });
                    return string.Join(",", m.ColumnNames) + "|" + string.Join(",", m.Values.Select(v => BitConverter.DoubleToInt64Bits(v)));
                }
                catch (SegmentationKitException e)
                {
                    return "error: " + e.Message;
                }
            }
            Outcome(1).Should().Be(Outcome(3), Fuzz.Show(bytes));
        }, ciIterations: 800, print: Fuzz.Show);

    [Fact]
    public void Text_input_decides_an_encoding_or_explains_and_never_writes_a_replacement_character()
    {
        Fuzz.Run(Fuzz.Mutated(Word.Array[0, 20].Select(w => string.Join("\n", w))), bytes =>
        {
            Fuzz.ExpectKitOutcome(() =>
            {
                var text = TextInput.Decode(bytes, "input.txt", null, out var used);
                used.Name.Should().NotBeNullOrEmpty();
                if (!bytes.AsSpan().ContainsAny("\xEF\xBF\xBD"u8) && !(used.Name.StartsWith("UTF-16") || used.Name.StartsWith("UTF-32")))
                    text.Should().NotContain("\uFFFD", "no byte may turn into a replacement character");
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 4000, print: Fuzz.Show);
    }

    // ---------- YAML

    private static readonly Gen<string> Key = Gen.OneOf(
        "rules", "name", "when", "not", "all", "any", "min", "max", "above", "below", "from", "to", "industry", "arr", "plan", "fallback",
        "id", "bands", "column", "segments", "exhaustive", "rfm", "window_days", "bins", "recency_cuts", "segments_table", "value", "tiers",
        "shares", "thresholds", "mode", "plan_levels", "maturity", "potential", "coverage", "weights", "cutoffs", "cross", "parts",
        "minimum_count", "minimum_revenue_share", "policy", "kmeans", "columns", "scale", "log1p", "pca", "restarts", "customers",
        "transactions", "Client", "kind", "company_name", "logo", "unknown", "", "&a k", "*a", "? [a]");

    private static readonly Gen<string> Scalar = Gen.OneOf(Word, Gen.OneOf(
        "1", "0", "-1", "0.25", "3", "100000", "[]", "{}", "*a", "&a x", "!!int 3", "'quoted'", "\"dq\"", "|", ">", "2024-01-01",
        "merge_into_nearest", "standard", "robust", "categorical", "numeric", "[Retail, Food]", "{ min: 10 }", "{ industry: [Retail] }"));

    /// <summary>A YAML document: nested mappings and lists of the configuration keys, block or flow.</summary>
    private static Gen<string> YamlNode(int depth, int indent) => depth == 0
        ? Scalar
        : Gen.Int[0, 3].SelectMany(kind => kind switch
        {
            0 => Scalar,
            1 => Gen.Select(Key, YamlNode(depth - 1, indent + 2)).Array[1, 4]
                .Select(entries => "\n" + string.Concat(entries.Select(e => $"{new string(' ', indent)}{e.Item1}: {e.Item2}\n")).TrimEnd('\n')),
            2 => YamlNode(depth - 1, indent + 2).Array[0, 4]
                .Select(items => "\n" + string.Concat(items.Select(i => $"{new string(' ', indent)}- {i.TrimStart('\n').Replace("\n", "\n  ")}\n")).TrimEnd('\n')),
            _ => Gen.Select(Key, Scalar).Array[0, 3].Select(entries => "{ " + string.Join(", ", entries.Select(e => $"{e.Item1}: {e.Item2}")) + " }"),
        });

    private static readonly Gen<string> YamlDocument = Gen.Select(Key, YamlNode(4, 2)).Array[1, 4]
        .Select(entries => string.Concat(entries.Select(e => $"{e.Item1}: {e.Item2}\n")));

    private static readonly Gen<byte[]> YamlFiles = Fuzz.Mutated(YamlDocument);

    [Fact]
    public void Yaml_configurations_read_or_explain_every_input_for_every_method()
    {
        Fuzz.Run(YamlFiles, bytes =>
        {
            var path = Write(bytes, "config.yaml");
            Fuzz.WithinTime(TimeSpan.FromSeconds(20), () =>
            {
                ConfigNode? root = null;
                Fuzz.ExpectKitOutcome(() => root = ConfigNode.Load(path), () => Fuzz.Show(bytes));
                if (root is not null)
                {
                    foreach (var method in SegmenterConfig.Methods)
                        Fuzz.ExpectKitOutcome(() => SegmenterConfig.Build(method, root), () => $"{method}: {Fuzz.Show(bytes)}");
                    Fuzz.ExpectKitOutcome(() => ClusterConfig.Read(SegmenterConfig.Section(root, "kmeans"), ClusterAlgorithm.KMeans, 3, 1),
                        () => "kmeans: " + Fuzz.Show(bytes));
                    Fuzz.ExpectKitOutcome(() => ClusterConfig.ReadNeeds(SegmenterConfig.Section(root, "needs"), 3, 1),
                        () => "needs: " + Fuzz.Show(bytes));
                }
                Fuzz.ExpectKitOutcome(() => DatasetMapping.Load(path), () => "mapping: " + Fuzz.Show(bytes));
            }, () => Fuzz.Show(bytes));
        }, ciIterations: 2000, print: Fuzz.Show);
    }

    [Fact]
    public void Set_overrides_read_or_explain_every_key_and_value()
    {
        Fuzz.Run(Gen.Select(Key.Array[1, 3], Gen.OneOf(Scalar, YamlNode(2, 2).Select(s => s.Replace("\n", " "))), Gen.OneOf(SegmenterConfig.Methods.ToArray())), t =>
        {
            var (keys, value, method) = t;
            var overrides = new Dictionary<string, string> { [string.Join(".", keys)] = value };
            Fuzz.ExpectKitOutcome(() => SegmenterConfig.Build(method, ConfigNode.Load(null, overrides)), () => $"--set {string.Join(".", keys)}={value} ({method})");
        }, ciIterations: 2000, print: t => $"--set {string.Join(".", t.Item1)}={t.Item2}");
    }

    // ---------- failures the fuzzers found, kept as regression tests

    [Theory]
    [InlineData("a: 1\n*k: 2\nb: &k x\n")] // found by the branding fuzzer: a stack overflow in YamlDotNet
    [InlineData("{a: 1, *k : 2, b: &k x}")]
    [InlineData("a: 1\n? *k\n: 2\nb: &k x\n")]
    [InlineData("rules: *nowhere\n")]
    public void Yaml_regressions_an_alias_before_its_anchor_is_a_configuration_error(string yaml)
    {
        var act = () => ConfigNode.Parse(yaml, "config.yaml");

        act.Should().Throw<ConfigurationException>().Which.Problem.Should().Contain("defined before it");
    }

    [Theory]
    [InlineData("transactions: { recency_cuts: \u00A0, kind: {} }\n", "transactions.recency_cuts")] // seed aXZhu8C_ZLk3: ArgumentException
    [InlineData("customers:\n  Client: \"  \"\n", "customers.Client")]
    public void Mapping_regressions_a_blank_column_name_is_a_configuration_error(string yaml, string key)
    {
        var act = () => DatasetMapping.Parse(yaml, "mapping.yaml");

        act.Should().Throw<ConfigurationException>().Which.KeyPath.Should().Be(key);
    }

    [Theory]
    [InlineData("customer_id\n\"A\"x\n")]
    [InlineData("\uFEFF\uFEFFcustomer_id\nA\n")]
    [InlineData("customer_id;\"\n")]
    [InlineData("customer_id\n\0\n")]
    [InlineData("customer_id\r\n12/31/2024\r\n\"line1\r\nline2\"\r\n")] // found: a table with no column but the id
    public void Customer_csv_regressions(string text)
    {
        var path = Write(Encoding.UTF8.GetBytes(text), "customers.csv");
        Fuzz.ExpectKitOutcome(() => CustomerCsv.Load(path), () => text);
        Fuzz.ExpectKitOutcome(() => CustomerCsv.LoadLenient(path), () => text);
    }
}
