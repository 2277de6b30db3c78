using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

public class CustomerCsvTests
{
    // What the synthetic generator writes: standard names, invariant numbers, ISO dates, true/false,
    // empty cells for missing values.
    private const string GeneratorStyle =
        "customer_id,industry,plan,arr,mrr,signup_date,churned,churn_date,nps,need_reporting,first_tool_of_kind,favourite_colour\n" +
        "C001,Retail,Standard,12000,1000,2023-01-15,false,,9,4,true,blue\n" +
        "C002,Media,Premium,36000.5,3000.0416666666665,2022-06-30,true,2024-02-29,,,false,\n" +
        "C003,Retail,Freemium,0,0,2024-11-02,false,,3,1,,green\n";

    [Fact]
    public void Generator_style_file_loads_standard_columns_with_their_kinds()
    {
        var table = CustomerCsv.Load(TestCsv.Write("customers.csv", GeneratorStyle));

        table.RowCount.Should().Be(3);
        table.CustomerIds.Should().Equal("C001", "C002", "C003");
        table.Categorical("industry").Levels.Should().Equal("Retail", "Media");
        table.Numeric("arr").Values.ToArray().Should().Equal(12000, 36000.5, 0);
        table.Numeric("mrr")[1].Should().Be(3000.0416666666665);
        table.Date("signup_date")[1].Should().Be(new DateOnly(2022, 6, 30));
        table.Boolean("churned").Values.ToArray().Should().Equal(false, true, false);
        table.Date("churn_date").Values.ToArray().Should().Equal(null, new DateOnly(2024, 2, 29), null);
        table.Numeric("need_reporting").Values.ToArray().Should().Equal(4, double.NaN, 1);
        table.Boolean("first_tool_of_kind").Values.ToArray().Should().Equal(true, false, null);
        table.Categorical("favourite_colour").Values().Should().Equal("blue", null, "green");
    }

    [Fact]
    public void An_empty_cell_is_missing_never_zero()
    {
        var table = CustomerCsv.Load(TestCsv.Write("customers.csv", GeneratorStyle));

        var nps = table.Numeric("nps");
        nps.IsMissing(1).Should().BeTrue();
        double.IsNaN(nps[1]).Should().BeTrue();
        nps.MissingCount.Should().Be(1);
        table.Numeric("arr").IsMissing(2).Should().BeFalse("0 is a value, written as 0");
    }

    [Fact]
    public void A_French_export_loads_to_the_same_values_as_its_standard_twin()
    {
        var standard = TestCsv.Write("standard.csv",
            "customer_id,arr,feature_adoption,signup_date,churned,plan,note\n" +
            "A1,12000.5,0.25,2023-01-15,true,Standard,\"a, b\"\n" +
            "A2,,0.5,2024-02-29,false,Premium,x\n");
        var french = TestCsv.Write("french.csv",
            "customer_id;arr;feature_adoption;signup_date;churned;plan;note\r\n" +
            "A1;12000,5;0,25;15/01/2023;oui;Standard;a, b\r\n" +
            "A2;;0,5;2024-02-29;non;Premium;x\r\n", bom: true);

        var a = CustomerCsv.Load(standard);
        var b = CustomerCsv.Load(french);

        b.CustomerIds.Should().Equal(a.CustomerIds);
        b.Columns.Select(c => (c.Name, c.Kind)).Should().Equal(a.Columns.Select(c => (c.Name, c.Kind)));
        foreach (var column in a.Columns)
            for (var row = 0; row < a.RowCount; row++)
                b[column.Name].FormatInvariant(row).Should().Be(column.FormatInvariant(row), $"{column.Name} row {row}");
        b.Numeric("arr")[0].Should().Be(12000.5);
        b.Numeric("feature_adoption")[0].Should().Be(0.25);
    }

    [Fact]
    public void The_dialect_can_be_forced_when_the_header_has_a_single_column()
    {
        // One column: no separator to detect from, so the decimal comma needs the French dialect.
        var path = TestCsv.Write("ids.csv", "customer_id\nA1\nA2\n");
        var table = CustomerCsv.Load(path, new CsvReadOptions { Dialect = CsvDialect.French });
        table.CustomerIds.Should().Equal("A1", "A2");
        table.Columns.Should().BeEmpty();
    }

    [Fact]
    public void Unknown_columns_get_the_kind_their_values_show()
    {
        var path = TestCsv.Write("customers.csv",
            "customer_id,score,flag_01,active,partner,renewal,city\n" +
            "A,1.5,1,oui,yes,2025-01-01,Paris\n" +
            "B,-2,0,non,No,,Lyon\n" +
            "C,,1,,TRUE,2025-06-30,\n");

        var table = CustomerCsv.Load(path);

        table["score"].Kind.Should().Be(ColumnKind.Numeric);
        table.Numeric("score").Values.ToArray().Should().Equal(1.5, -2, double.NaN);
        table["flag_01"].Kind.Should().Be(ColumnKind.Numeric, "a column of only 0 and 1 stays numeric");
        table.Boolean("active").Values.ToArray().Should().Equal(true, false, null);
        table.Boolean("partner").Values.ToArray().Should().Equal(true, false, true);
        table.Date("renewal").Values.ToArray().Should().Equal(new DateOnly(2025, 1, 1), null, new DateOnly(2025, 6, 30));
        table.Categorical("city").Values().Should().Equal("Paris", "Lyon", null);
    }

    [Fact]
    public void A_mapping_in_code_renames_headers_and_fixes_kinds()
    {
        var path = TestCsv.Write("export.csv", "Client,CA annuel,Code postal,Résilié\nA,1200,75001,oui\nB,600,69002,non\n");
        var mapping = ColumnMapping.Empty
            .Map("Client", CustomerColumns.CustomerId)
            .Map("CA annuel", CustomerColumns.Arr)
            .Map("code postal", "postcode", ColumnKind.Categorical)
            .Map("Résilié", CustomerColumns.Churned);

        var table = CustomerCsv.Load(path, new CsvReadOptions { Mapping = mapping });

        table.CustomerIds.Should().Equal("A", "B");
        table.Numeric("arr").Values.ToArray().Should().Equal(1200, 600);
        table.Categorical("postcode").Values().Should().Equal("75001", "69002");
        table.Boolean("churned").Values.ToArray().Should().Equal(true, false);
    }

    [Fact]
    public void A_mapping_file_in_yaml_maps_both_files()
    {
        var yaml = """
            customers:
              Client: customer_id
              CA annuel: arr
              Code postal: { name: postcode, kind: categorical }
            transactions:
              Client: customer_id
              Date facture: date
              Montant HT: amount
            """;
        var mapping = DatasetMapping.Parse(yaml, "mapping.yaml");
        var customers = CustomerCsv.Load(TestCsv.Write("c.csv", "Client;CA annuel;Code postal\nA;1200,5;01000\n"),
            new CsvReadOptions { Mapping = mapping.Customers });
        var log = TransactionCsv.Load(TestCsv.Write("t.csv", "Client;Date facture;Montant HT\nA;31/01/2024;99,9\n"),
            new CsvReadOptions { Mapping = mapping.Transactions }, customers);

        customers.Numeric("arr")[0].Should().Be(1200.5);
        customers.Categorical("postcode")[0].Should().Be("01000", "a categorical keeps leading zeros");
        log.CustomerIds.Should().Equal("A");
        log.Dates.ToArray().Should().Equal(new DateOnly(2024, 1, 31));
        log.Amounts.ToArray().Should().Equal(99.9);
    }

    [Fact]
    public void A_mapping_file_with_an_unknown_kind_names_the_key()
    {
        var act = () => DatasetMapping.Parse("customers:\n  Revenue: { name: arr, kind: money }\n", "mapping.yaml");
        act.Should().Throw<SegmentationKit.Errors.ConfigurationException>()
            .WithMessage("mapping.yaml: customers.Revenue.kind: unknown kind 'money'*");
    }

    [Fact]
    public void Lenient_load_keeps_good_rows_and_reports_every_rejected_row()
    {
        var path = TestCsv.Write("customers.csv",
            "customer_id,arr,signup_date\n" +
            "A,100,2024-01-01\n" +
            "B,abc,2024-01-01\n" +
            "C,300\n" +
            "A,400,2024-01-01\n" +
            "D,500,2024-02-30\n" +
            "E,600,2024-03-01\n");

        var result = CustomerCsv.LoadLenient(path);

        result.Table.CustomerIds.Should().Equal("A", "E");
        result.Table.Numeric("arr").Values.ToArray().Should().Equal(100, 600);
        result.Table.Date("signup_date").Values.ToArray().Should().Equal(new DateOnly(2024, 1, 1), new DateOnly(2024, 3, 1));
        result.Rejects.Select(r => (r.Line, r.Column, r.Value)).Should().Equal(
            (3L, "arr", "abc"),
            (4L, "signup_date", null),
            (5L, "customer_id", "A"),
            (6L, "signup_date", "2024-02-30"));
        result.Rejects[0].Reason.Should().StartWith("not a number");
        result.Rejects[1].Reason.Should().StartWith("the row has 2 fields but the header has 3");
        result.Rejects[2].Reason.Should().StartWith("duplicate customer id (first seen on line 2)");
        result.Rejects.Should().OnlyContain(r => r.File == path);
    }

    [Fact]
    public void Lenient_load_reports_broken_quoting_as_a_rejected_row()
    {
        var path = TestCsv.Write("customers.csv", "customer_id,note\nA,fine\nB,\"open\" and more\nC,ok\n");

        var result = CustomerCsv.LoadLenient(path);

        result.Table.CustomerIds.Should().Equal("A", "C");
        result.Rejects.Should().ContainSingle();
        (result.Rejects[0].Line, result.Rejects[0].Column).Should().Be((3L, (string?)null));
        result.Rejects[0].Reason.Should().StartWith("malformed quoting (text after a closing quote)");
    }
}
