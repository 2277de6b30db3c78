using System.Text;
using System.Text.Json;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Cli.Tests;

/// <summary>Files saved by Excel on Windows (Windows-1252) or as "Unicode text" (UTF-16) go through
/// every command with their accents, the encoding is said on stderr and kept in manifest.json.</summary>
public class EncodingCliTests
{
    private const string Customers = "customer_id,industry,region,arr\nc1,Servicés,Île-de-France,1200\nc2,Retail,Nord,300\nc3,Servicés,Nord,50\n";
    private const string Rules = "rules:\n  rules:\n    - name: Services franciliens\n      when: { industry: [Servicés], region: [Île-de-France] }\n    - name: Servicés\n      when: { industry: [Servicés] }\n  fallback: { id: other, name: Autres }\n";

    private static byte[] Bytes(string text, string how)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return how switch
        {
            "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
    }

    [Theory]
    [InlineData("windows-1252", "windows-1252", "Windows-1252 (not valid UTF-8: byte 0xE9 on line 2)")]
    [InlineData("utf-16le-bom", "windows-1252", "UTF-16 LE (byte order mark)")]
    [InlineData("utf-8-bom", "utf-16le-bom", "UTF-8 (byte order mark)")]
    [InlineData("utf-8", "utf-8", "UTF-8 (valid UTF-8)")]
    public void Segment_keeps_accents_from_any_encoding_and_records_it(string customersEncoding, string rulesEncoding, string recorded)
    {
        var dir = RepoPaths.NewTempFolder("segkit-enc");
        File.WriteAllBytes(Path.Combine(dir, "customers.csv"), Bytes(Customers, customersEncoding));
        File.WriteAllBytes(Path.Combine(dir, "rules.yaml"), Bytes(Rules, rulesEncoding));

        var r = CliRunner.Run(dir, "segment", "--method", "rules", "--customers", "customers.csv", "--config", "rules.yaml", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        var lines = File.ReadAllLines(Path.Combine(dir, "run", "assignments.csv"), Encoding.UTF8);
        lines[1].Should().Be("c1,services_franciliens,Services franciliens");
        lines[3].Should().Be("c3,services,Servicés");
        File.ReadAllText(Path.Combine(dir, "run", "assignments.csv")).Should().NotContain("\uFFFD");
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "run", "manifest.json"))).RootElement;
        var inputs = manifest.GetProperty("inputs").EnumerateArray().ToDictionary(i => i.GetProperty("file").GetString()!, i => i.GetProperty("encoding").GetString());
        inputs["customers.csv"].Should().Be(recorded);
        inputs["rules.yaml"].Should().StartWith(rulesEncoding switch { "windows-1252" => "Windows-1252", "utf-16le-bom" => "UTF-16 LE", _ => "UTF-8" });
        if (customersEncoding is "utf-8" or "utf-8-bom") r.Stderr.Should().NotContain("note:");
        else r.Stderr.Should().Contain($"note: customers.csv: read as {recorded}; if the accents look wrong, give the file's encoding with --encoding NAME");
    }

    [Fact]
    public void Forcing_utf_8_on_a_windows_1252_file_exits_2_with_the_line_and_the_fix()
    {
        var dir = RepoPaths.NewTempFolder("segkit-enc");
        File.WriteAllBytes(Path.Combine(dir, "customers.csv"), Bytes(Customers, "windows-1252"));

        var r = CliRunner.Run(dir, "describe", "--customers", "customers.csv", "--encoding", "utf-8");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: customers.csv:2: the file is not valid UTF-8 (chosen with --encoding) (value 'byte 0xE9'). Fix: save it again as UTF-8, or name its encoding, e.g. --encoding windows-1252");
    }

    [Fact]
    public void An_unknown_encoding_exits_2_naming_the_option()
    {
        var dir = RepoPaths.NewTempFolder("segkit-enc");
        File.WriteAllText(Path.Combine(dir, "data.csv"), "x\n1\n2\n");

        var r = CliRunner.Run(dir, "cluster", "--data", "data.csv", "--k", "1", "--encoding", "ebcdic-klingon", "--out", "run");

        r.ExitCode.Should().Be(2, r.ToString());
        r.Stderr.Should().StartWith("error: --encoding: 'ebcdic-klingon' is not an encoding. Fix: use one of utf-8");
    }

    [Fact]
    public void Cluster_reads_a_windows_1252_numeric_csv_and_records_its_encoding()
    {
        var dir = RepoPaths.NewTempFolder("segkit-enc");
        File.WriteAllBytes(Path.Combine(dir, "data.csv"), Bytes("nom,x\nServicés,1\nÎle,2\nabc,10\nd,11\n", "windows-1252"));

        var r = CliRunner.Run(dir, "cluster", "--data", "data.csv", "--exclude", "nom", "--k", "2", "--out", "run");

        r.ExitCode.Should().Be(0, r.ToString());
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "run", "manifest.json"))).RootElement;
        manifest.GetProperty("inputs")[0].GetProperty("encoding").GetString().Should().Be("Windows-1252 (not valid UTF-8: byte 0xE9 on line 2)");
        r.Stderr.Should().Contain("note: data.csv: read as Windows-1252");
    }
}
