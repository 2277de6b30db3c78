using System.IO.Compression;
using System.Text.RegularExpressions;
using CsCheck;
using SegmentationKit.Data;
using SegmentationKit.IO;
using SegmentationKit.Profiling;
using SegmentationKit.Synthetic;
using SegmentationKit.TestSupport;
using SegmentationKit.Tests.Synthetic;

namespace SegmentationKit.Tests.IO;

/// <summary>CSV injection (OWASP): every file the kit writes for people neutralises text cells a
/// spreadsheet would run, keeps numbers as numbers, and the kit's readers read the original values back.</summary>
public class SpreadsheetSafetyTests
{
    private static readonly string[] Hostile =
    [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-2+3",
        "\tlooks empty",
        "\r=1+1",
        "'=already marked",
        "''=two marks",
        "'t Hooft",
        "-2.5",
        "plain, with a comma",
        "Servicés \"premium\"",
    ];

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-2.5", "-2.5")]
    [InlineData("+4", "+4")]
    [InlineData("-1e-7", "-1e-7")]
    [InlineData("-", "'-")]
    [InlineData("-.", "'-.")]
    [InlineData("'=x", "''=x")]
    [InlineData("'t Hooft", "'t Hooft")]
    [InlineData("Retail", "Retail")]
    [InlineData("", "")]
    public void Formula_cells_get_a_text_mark_and_numbers_stay_numbers(string text, string written) =>
        SpreadsheetCsv.Neutralise(text).Should().Be(written);

    [Fact]
    public void Restore_undoes_neutralise_for_every_text() =>
        Gen.String[Gen.Char["=+-@\t\r'0123456789.eE a\"é,"], 0, 12].Sample(text =>
            SpreadsheetCsv.Restore(SpreadsheetCsv.Neutralise(text)) == text, iter: 20_000);

    [Fact]
    public void Neutralised_text_never_starts_like_a_formula_unless_it_is_a_number() =>
        Gen.String.Sample(text =>
        {
            var cell = SpreadsheetCsv.Neutralise(text);
            return cell.Length == 0 || !SpreadsheetCsv.IsFormulaStart(cell[0]) || SpreadsheetCsv.IsNumber(cell);
        }, iter: 20_000);

    [Fact]
    public void Restore_on_bytes_agrees_with_restore_on_text() =>
        Gen.String[Gen.Char["=+-@\t'ab"], 0, 6].Sample(text =>
            System.Text.Encoding.UTF8.GetString(SpreadsheetCsv.Restore(System.Text.Encoding.UTF8.GetBytes(text))) == SpreadsheetCsv.Restore(text));

    private static Segmentation HostileSegmentation()
    {
        var ids = Hostile.ToList();
        var segments = new[]
        {
            new SegmentDefinition("=evil", "=HYPERLINK(\"http://x\",\"Segment\")", "even rows", "a rule"),
            new SegmentDefinition("ok", "@Good ones", "odd rows", "another rule"),
        };
        var assigned = ids.Select((_, i) => i % 2 == 0 ? "=evil" : "ok").ToList();
        var measure = ids.Select((_, i) => i == 0 ? -2.5 : i == 1 ? double.NaN : i).ToArray();
        return new Segmentation("rules", new Dictionary<string, string>(), null, segments, ids, assigned,
            new Dictionary<string, double[]> { ["score"] = measure });
    }

    [Fact]
    public void Assignments_csv_neutralises_ids_and_names_and_keeps_numbers()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-inject"), "assignments.csv");

        AssignmentsCsv.Write(path, HostileSegmentation());

        var lines = File.ReadAllText(path).Split('\n'); // one id holds a CR, quoted
        lines[6].Should().Be("\"'\r=1+1\",ok,'@Good ones,5");
        lines[0].Should().Be("customer_id,segment_id,segment_name,score");
        lines[1].Should().Be("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",'=evil,\"'=HYPERLINK(\"\"http://x\"\",\"\"Segment\"\")\",-2.5");
        lines[2].Should().Be("'+cmd|' /C calc'!A0,ok,'@Good ones,");
        lines[4].Should().Be("'-2+3,ok,'@Good ones,3");
        lines[10].Should().Be("-2.5,ok,'@Good ones,9");
    }

    [Fact]
    public void Assignments_csv_reads_back_to_the_original_values_with_the_customer_loader()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-inject"), "assignments.csv");
        var segmentation = HostileSegmentation();
        AssignmentsCsv.Write(path, segmentation);

        var table = CustomerCsv.Load(path);

        table.CustomerIds.Should().Equal(segmentation.CustomerIds);
        table.Categorical("segment_id").Levels.Should().BeEquivalentTo("=evil", "ok");
        table.Categorical("segment_name").Levels.Should().BeEquivalentTo("=HYPERLINK(\"http://x\",\"Segment\")", "@Good ones");
        table.Numeric("score").Values.ToArray().Should().Equal(segmentation.CustomerMeasures["score"]);
    }

    [Fact]
    public void Rejects_csv_shows_a_rejected_formula_as_text()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-inject"), "rejects.csv");

        RejectsCsv.Write(path, [new RejectedRow("customers.csv", 3, "arr", "=1+1", "not a number")]);

        File.ReadAllLines(path).Should().Equal("file,line,column,value,reason", "customers.csv,3,arr,'=1+1,not a number");
    }

    [Fact]
    public void Clv_summary_csv_round_trips_hostile_ids_through_its_reader()
    {
        var histories = Hostile.Where(h => !h.Contains('\r')).Select((id, i) => new PurchaseHistory(id, i, i, i + 1, i == 0 ? double.NaN : 10 * i)).ToList();
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-inject"), "summary.csv");
        File.WriteAllText(path, PurchaseSummary.ToCsv(histories));

        var read = PurchaseSummary.ReadCsv(path);

        read.Select(h => h.CustomerId).Should().Equal(histories.Select(h => h.CustomerId));
        File.ReadAllLines(path)[1].Should().StartWith("\"'=HYPERLINK(");
    }

    [Fact]
    public void Transaction_loader_restores_marked_customer_ids()
    {
        var dir = RepoPaths.NewTempFolder("segkit-inject");
        var customers = Path.Combine(dir, "customers.csv");
        var transactions = Path.Combine(dir, "transactions.csv");
        File.WriteAllText(customers, "customer_id\n'=a\n'-2+3\n");
        File.WriteAllText(transactions, "customer_id,date,amount\n'=a,2024-01-01,5\n'-2+3,2024-01-02,6\n");

        var log = TransactionCsv.Load(transactions, customers: CustomerCsv.Load(customers));

        log.CustomerIds.Should().Equal("=a", "-2+3");
    }

    [Fact]
    public void Numeric_csv_restores_marked_header_names()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-inject"), "centres.csv");
        File.WriteAllText(path, "'=x,'-y\n1,-2.5\n");

        NumericCsv.Load(path).ColumnNames.Should().Equal("=x", "-y");
    }

    [Fact]
    public void Assignments_xlsx_holds_neutralised_text_and_number_cells_in_two_sheets()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-inject"), "assignments.xlsx");

        AssignmentsXlsx.Write(path, HostileSegmentation(), null, null);

        using var zip = ZipFile.OpenRead(path);
        var workbook = Read(zip, "xl/workbook.xml");
        workbook.Should().Contain("name=\"assignments\"").And.Contain("name=\"segments\"");
        var sheet = Read(zip, "xl/worksheets/sheet1.xml");
        Cell(sheet, "A2").Should().Be(("str", "&apos;=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)"));
        Cell(sheet, "C2").Should().Be(("str", "&apos;=HYPERLINK(&quot;http://x&quot;,&quot;Segment&quot;)"));
        Cell(sheet, "D2").Should().Be(("n", "-2.5"));
        Cell(sheet, "D3").Value.Should().BeEmpty("a missing measure is an empty cell, never NaN");
        Cell(sheet, "A5").Should().Be(("str", "&apos;-2+3"));
        Cell(sheet, "A11").Should().Be(("str", "-2.5"), "an id is text, and a text that is a number needs no mark");
        var segments = Read(zip, "xl/worksheets/sheet2.xml");
        Cell(segments, "A2").Should().Be(("str", "&apos;=evil"));
        Cell(segments, "C2").Should().Be(("n", "6"));
        Cell(segments, "D3").Should().Be(("n", (6.0 / 12).ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Assignments_xlsx_is_byte_identical_when_written_twice()
    {
        var dir = RepoPaths.NewTempFolder("segkit-inject");
        AssignmentsXlsx.Write(Path.Combine(dir, "a.xlsx"), HostileSegmentation(), null, null);
        AssignmentsXlsx.Write(Path.Combine(dir, "b.xlsx"), HostileSegmentation(), null, null);

        File.ReadAllBytes(Path.Combine(dir, "a.xlsx")).Should().Equal(File.ReadAllBytes(Path.Combine(dir, "b.xlsx")));
    }

    [Fact]
    public void Assignments_xlsx_refuses_more_customers_than_a_sheet_holds()
    {
        var act = () => AssignmentsXlsx.CheckFits(AssignmentsXlsx.MaxCustomers + 1);

        act.Should().Throw<Errors.ModelException>().WithMessage("*do not fit one Excel sheet*Fix: leave out --xlsx*");
    }

    [Fact]
    public void The_synthetic_base_has_no_cell_a_spreadsheet_would_run()
    {
        var folder = SyntheticFiles.Write(new SyntheticOptions { Customers = 300, Seed = 7 });

        foreach (var file in new[] { SyntheticBase.CustomersFile, SyntheticBase.TransactionsFile, SyntheticBase.TruthFile })
        {
            var (header, rows) = SyntheticFiles.Read(folder, file);
            foreach (var cell in header.Concat(rows.SelectMany(r => r)))
                SpreadsheetCsv.NeedsTextMark(cell).Should().BeFalse($"{file} cell '{cell}' would run as a formula");
        }
    }

    private static string Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static (string Type, string Value) Cell(string sheet, string reference)
    {
        var m = Regex.Match(sheet, $"<x:c r=\"{reference}\"(?: t=\"(?<t>[a-z]+)\")?[^>]*?(?:/>|>(?:<x:v>(?<v>[^<]*)</x:v>)?</x:c>)");
        m.Success.Should().BeTrue($"cell {reference} is in the sheet");
        return (m.Groups["t"].Value, m.Groups["v"].Value);
    }
}
