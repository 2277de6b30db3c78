using System.IO.Compression;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>What a user opens in Excel after a run: no cell of assignments.csv, assignments.xlsx,
/// centers.csv, clv.csv or summary.csv runs as a formula, and the kit reads its files back.</summary>
public class SpreadsheetSafetyCliTests
{
    private const string Customers =
        "customer_id,industry,arr\n" +
        "\"=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",Retail,100\n" +
        "+cmd|' /C calc'!A0,Retail,200\n" +
        "@SUM(1+1),Food,250\n" +
        "-2+3,Food,300\n" +
        "-7,Retail,50\n";

    [Fact]
    public void Segment_writes_neutralised_csv_and_xlsx_that_describe_reads_back()
    {
        var dir = RepoPaths.NewTempFolder("segkit-inject");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), Customers);

        var r = CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "run", "--xlsx");

        r.ExitCode.Should().Be(0, r.ToString());
        r.Stdout.Should().Contain("assignments.xlsx");
        var lines = File.ReadAllLines(Path.Combine(dir, "run", "assignments.csv"));
        lines.Select(l => l.Split(',')[0]).Skip(1).Should().Equal(
            "\"'=HYPERLINK(\"\"http://evil\"\"", "'+cmd|' /C calc'!A0", "'@SUM(1+1)", "'-2+3", "-7");
        using (var zip = ZipFile.OpenRead(Path.Combine(dir, "run", "assignments.xlsx")))
        {
            using var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
            var xml = sheet.ReadToEnd();
            xml.Should().Contain("<x:v>&apos;+cmd|&apos; /C calc&apos;!A0</x:v>").And.Contain("<x:v>&apos;-2+3</x:v>").And.NotContain("<x:v>=");
            zip.GetEntry("xl/worksheets/sheet2.xml").Should().NotBeNull("the segments sheet holds the KPIs");
        }
        File.ReadAllText(Path.Combine(dir, "run", "manifest.json")).Should().Contain("\"assignments.xlsx\"").And.Contain("\"xlsx\": \"true\"");

        // The kit reads its own file back to the original ids.
        var back = CliRunner.Run(dir, "describe", "--customers", "run/assignments.csv", "--json");
        back.ExitCode.Should().Be(0, back.ToString());
        back.Stdout.Should().Contain("\"customer_count\": 5");
    }

    [Fact]
    public void Segment_without_xlsx_writes_no_xlsx()
    {
        var dir = RepoPaths.NewTempFolder("segkit-inject");
        File.WriteAllText(Path.Combine(dir, "customers.csv"), Customers);

        var r = CliRunner.Run(dir, "segment", "--method", "value", "--customers", "customers.csv", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        File.Exists(Path.Combine(dir, "run", "assignments.xlsx")).Should().BeFalse();
    }

    [Fact]
    public void Cluster_centres_neutralise_hostile_column_names_and_categories()
    {
        var dir = RepoPaths.NewTempFolder("segkit-inject");
        File.WriteAllText(Path.Combine(dir, "data.csv"), "\"=cmd|x\",-y,+c\n1,-2.5,1\n1.2,-2.4,1\n9,3,2\n9.5,3.2,2\n");

        var r = CliRunner.Run(dir, "cluster", "--data", "data.csv", "--k", "2", "--algorithm", "kprototypes", "--categorical", "+c", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        var centres = File.ReadAllLines(Path.Combine(dir, "run", "centers.csv"));
        centres[0].Should().Be("cluster,'=cmd|x,'-y,'+c");
        centres.Skip(1).Should().OnlyContain(l => !l.Split(',').Any(c => c.Length > 0 && "=+@".Contains(c[0])));
    }

    [Fact]
    public void Clv_summary_with_hostile_ids_is_read_back_by_clv_summary()
    {
        var dir = RepoPaths.NewTempFolder("segkit-inject");
        File.WriteAllText(Path.Combine(dir, "transactions.csv"),
            "customer_id,date,amount\n=a,2024-01-01,10\n=a,2024-02-01,12\n=a,2024-05-01,9\n-2+3,2024-01-05,20\n-2+3,2024-03-05,25\n@b,2024-02-01,7\n" +
            "c,2024-01-10,5\nc,2024-04-10,6\nc,2024-06-10,8\nd,2024-03-01,4\n");

        var first = CliRunner.Run(dir, "clv", "--transactions", "transactions.csv", "--as-of", "2024-06-30", "--out", "run");
        first.ExitCode.Should().Be(0, first.ToString());
        File.ReadAllLines(Path.Combine(dir, "run", "summary.csv")).Select(l => l.Split(',')[0]).Should().Contain(["'=a", "'-2+3", "'@b"]);
        File.ReadAllLines(Path.Combine(dir, "run", "clv.csv")).Select(l => l.Split(',')[0]).Should().Contain(["'=a", "'-2+3", "'@b"]);

        var second = CliRunner.Run(dir, "clv", "--summary", "run/summary.csv", "--out", "again");
        second.ExitCode.Should().Be(0, second.ToString());
        File.ReadAllText(Path.Combine(dir, "again", "clv.csv")).Should().Be(File.ReadAllText(Path.Combine(dir, "run", "clv.csv")));
    }
}
