using System.Text;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.IO;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.TestSupport;
using SegmentationKit.Tests.Data;

namespace SegmentationKit.Tests.IO;

/// <summary>The one text-input reader: French text saved the four ways a user's tools save it
/// (UTF-8, UTF-8 with a byte order mark, Windows-1252 from Excel, UTF-16 LE from "Unicode text")
/// reads back the same, the encoding is named, and no byte becomes U+FFFD.</summary>
public class TextInputTests
{
    private const string French = "customer_id,industry,region,arr\nA,Servicés,Île-de-France,1200.5\nB,Énergie,Provence-Alpes-Côte d'Azur,300\n";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "windows-1252", "utf-16le-bom", "utf-16be-bom" };

    internal static byte[] Encode(string text, string how)
    {
        TextInput.EnsureCodePages();
        return how switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "windows-1252" => Encoding.GetEncoding(1252).GetBytes(text),
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            _ => throw new ArgumentException(how),
        };
    }

    internal static string WriteFile(string name, string text, string how)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-enc"), name);
        File.WriteAllBytes(path, Encode(text, how));
        return path;
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Customer_csv_reads_french_text_the_same_in_every_encoding(string how)
    {
        var table = CustomerCsv.Load(WriteFile("customers.csv", French, how));

        table.Categorical("industry").Values().Should().Equal("Servicés", "Énergie");
        table.Categorical("region").Values().Should().Equal("Île-de-France", "Provence-Alpes-Côte d'Azur");
        table.Numeric("arr").Values.ToArray().Should().Equal(1200.5, 300);
        table.CustomerIds.Should().Equal("A", "B");
        table.Categorical("industry").Values().Should().NotContain(v => v!.Contains('\uFFFD'));
    }

    [Theory]
    [InlineData("utf-8", "UTF-8", "valid UTF-8")]
    [InlineData("utf-8-bom", "UTF-8", "byte order mark")]
    [InlineData("windows-1252", "Windows-1252", "not valid UTF-8: byte 0xE9 on line 2")]
    [InlineData("utf-16le-bom", "UTF-16 LE", "byte order mark")]
    [InlineData("utf-16be-bom", "UTF-16 BE", "byte order mark")]
    [InlineData("utf-16le", "UTF-16 LE", "no byte order mark, but a zero byte after every character")]
    public void The_encoding_is_named_with_how_it_was_chosen(string how, string name, string reason)
    {
        var path = WriteFile("customers.csv", French, how);

        var detected = TextInput.Detect(path);

        detected.Name.Should().Be(name);
        detected.Reason.Should().Be(reason);
        CustomerCsv.Load(path).Encoding!.ToString().Should().Be($"{name} ({reason})");
    }

    [Fact]
    public void Transaction_csv_in_windows_1252_keeps_accented_columns()
    {
        var customers = CustomerCsv.Load(WriteFile("customers.csv", "customer_id\nCafé\nB\n", "windows-1252"));
        var log = TransactionCsv.Load(WriteFile("transactions.csv",
            "customer_id,date,amount,produit\nCafé,2024-01-02,10.5,Thé vert\nB,2024-01-03,3,Crème\n", "windows-1252"), customers: customers);

        log.CustomerIds.Should().Equal("Café", "B");
        log.Amounts.ToArray().Should().Equal(10.5, 3);
        log.Columns.Single(c => c.Name == "produit").Should().BeOfType<CategoricalColumn>()
            .Which.Values().Should().Equal("Thé vert", "Crème");
        log.Encoding!.Name.Should().Be("Windows-1252");
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Numeric_csv_reads_an_accented_header_and_excluded_text_in_every_encoding(string how)
    {
        var path = WriteFile("data.csv", "nom,durée,montant\nServicés,1.5,2\nÎle,3,4\n", how);

        var matrix = NumericCsv.Load(path, new NumericCsvOptions { Exclude = ["nom"] }, out var encoding);

        matrix.ColumnNames.Should().Equal("durée", "montant");
        matrix.Values.Should().Equal(1.5, 2, 3, 4);
        encoding.Name.Should().Be(how switch
        {
            "windows-1252" => "Windows-1252",
            "utf-16le-bom" => "UTF-16 LE",
            "utf-16be-bom" => "UTF-16 BE",
            _ => "UTF-8",
        });
    }

    [Fact]
    public void Numeric_csv_with_an_ascii_header_names_windows_1252_found_in_an_excluded_column()
    {
        var path = WriteFile("data.csv", "name,x\nabc,1\nServicés,2\n", "windows-1252");

        var matrix = NumericCsv.Load(path, new NumericCsvOptions { Exclude = ["name"] }, out var encoding);

        matrix.Values.Should().Equal(1, 2);
        encoding.ToString().Should().Be("Windows-1252 (not valid UTF-8: byte 0xE9 on line 3)");
    }

    [Fact]
    public void A_numeric_error_shows_the_accented_value_not_a_replacement_character()
    {
        var path = WriteFile("data.csv", "x,y\n1,2\nServicés,4\n", "windows-1252");

        var act = () => NumericCsv.Load(path);

        act.Should().Throw<DataValidationException>().Which.Message.Should().Contain("value 'Servicés'").And.Contain("data.csv:3");
    }

    [Fact]
    public void A_file_forced_to_utf_8_that_is_not_is_an_error_naming_line_and_byte()
    {
        var path = WriteFile("customers.csv", French, "windows-1252");

        var act = () => CustomerCsv.Load(path, new CsvReadOptions { Encoding = TextInput.Choose("utf-8") });

        var e = act.Should().Throw<DataValidationException>().Which;
        e.Line.Should().Be(2);
        e.Value.Should().Be("byte 0xE9");
        e.Fix.Should().Contain("--encoding windows-1252");
    }

    [Fact]
    public void A_utf_8_byte_order_mark_on_a_file_that_is_not_utf_8_is_an_error()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-enc"), "customers.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encode(French, "windows-1252")]);

        var act = () => CustomerCsv.Load(path);

        act.Should().Throw<DataValidationException>().WithMessage("*starts with a UTF-8 byte order mark but is not valid UTF-8*");
    }

    [Fact]
    public void An_odd_number_of_utf_16_bytes_is_an_error_not_a_replacement_character()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-enc"), "customers.csv");
        File.WriteAllBytes(path, [.. Encode(French, "utf-16le-bom"), 0x41]);

        var act = () => TextInput.Detect(path);

        act.Should().Throw<DataValidationException>().WithMessage("*UTF-16 LE*");
    }

    [Fact]
    public void Forcing_an_encoding_reads_the_file_in_it()
    {
        var path = WriteFile("customers.csv", French, "windows-1252");

        var table = CustomerCsv.Load(path, new CsvReadOptions { Encoding = TextInput.Choose("latin1") });

        table.Categorical("industry").Values().Should().Equal("Servicés", "Énergie");
        table.Encoding!.ToString().Should().Be("ISO-8859-1 (chosen with --encoding)");
    }

    [Theory]
    [InlineData("UTF8", "UTF-8")]
    [InlineData("cp1252", "Windows-1252")]
    [InlineData("utf-16be", "UTF-16 BE")]
    [InlineData("iso-8859-15", "iso-8859-15")]
    public void Encoding_names_are_read_as_users_write_them(string typed, string name) =>
        TextInput.Choose(typed)!.Name.Should().Be(name);

    [Fact]
    public void An_unknown_encoding_name_is_an_error_naming_the_option_with_its_fix()
    {
        var act = () => TextInput.Choose("klingon");

        var e = act.Should().Throw<ConfigurationException>().Which;
        e.KeyPath.Should().Be("--encoding");
        e.Message.Should().Contain("'klingon' is not an encoding").And.Contain("Fix: use one of utf-8");
    }

    [Fact]
    public void Auto_or_nothing_means_detect() =>
        (TextInput.Choose(null), TextInput.Choose("auto")).Should().Be((null, null));

    [Fact]
    public void A_multi_byte_character_cut_by_the_block_boundary_is_still_valid_utf_8()
    {
        // 1 MiB blocks: put "é" (2 bytes) across the first boundary.
        var text = "x\n" + new string('a', (1 << 20) - 3) + "é\n";
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-enc"), "big.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));

        TextInput.Detect(path).Name.Should().Be("UTF-8");
    }

    [Fact]
    public void An_invalid_byte_after_the_first_block_is_found_with_its_line()
    {
        var lines = string.Concat(Enumerable.Range(0, 200_000).Select(i => $"C{i},1\n"));
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-enc"), "big.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("customer_id,x\n" + lines), .. Encode("Zoé,2\n", "windows-1252")]);

        TextInput.Detect(path).Reason.Should().Be("not valid UTF-8: byte 0xE9 on line 200002");
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_mapping_yaml_reads_french_headers_in_every_encoding(string how)
    {
        var path = WriteFile("mapping.yaml", "customers:\n  Client: customer_id\n  Secteur d'activité: industry\n", how);

        var mapping = DatasetMapping.Load(path);

        mapping.Customers.Columns.Select(c => c.Source).Should().Equal("Client", "Secteur d'activité");
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_rules_configuration_reads_french_values_in_every_encoding(string how)
    {
        var path = WriteFile("rules.yaml", "rules:\n  name: régions\n  rules:\n    - name: Île-de-France\n      when: { region: [Île-de-France] }\n", how);

        var config = ConfigNode.Load(path);

        config.Required("rules").Required("name").Text().Should().Be("régions");
        config.Required("rules").Required("rules").Items()[0].Required("name").Text().Should().Be("Île-de-France");
    }
}
