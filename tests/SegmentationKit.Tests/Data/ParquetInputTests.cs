using Parquet;
using Parquet.Schema;
using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Data;

/// <summary>A Parquet customer or transaction file loads to the table its CSV export loads to, with
/// the same validation: nulls are missing values as empty cells are, a bad row is reported at the line
/// it has in the CSV export, and a column stored with a type that cannot be its kind is one clear error.</summary>
public class ParquetInputTests
{
    private static string SamplesPath(string file) => RepoPaths.Combine("data-samples", file);

    private static string TempFile(string name) => Path.Combine(RepoPaths.NewTempFolder("segkit-parquet"), name);

    /// <summary>Writes a small Parquet file column by column with Parquet.Net's own API (not the kit's writer).</summary>
    private static string WriteParquet(string name, params (DataField Field, Array Values)[] columns)
    {
        var path = TempFile(name);
        using var stream = File.Create(path);
        var writer = ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray()), stream).GetAwaiter().GetResult();
        using (var group = writer.CreateRowGroup())
            foreach (var (field, values) in columns)
            {
                var task = values switch
                {
                    string?[] s => group.WriteAsync(field, s!),
                    double?[] d => group.WriteAsync<double>(field, d.AsMemory()),
                    long?[] l => group.WriteAsync<long>(field, l.AsMemory()),
                    long[] l => group.WriteAsync<long>(field, l.AsMemory()),
                    DateOnly?[] d => group.WriteAsync<DateOnly>(field, d.AsMemory()),
                    DateTime?[] d => group.WriteAsync<DateTime>(field, d.AsMemory()),
                    bool?[] b => group.WriteAsync<bool>(field, b.AsMemory()),
                    _ => throw new ArgumentException(values.GetType().Name),
                };
                task.GetAwaiter().GetResult();
            }
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return path;
    }

    [Fact]
    public void The_sample_base_converted_to_Parquet_loads_to_the_same_tables()
    {
        var customers = CustomerFile.Load(SamplesPath("customers.csv"));
        var transactions = TransactionFile.Load(SamplesPath("transactions.csv"), customers: customers);
        var customersParquet = TempFile("customers.parquet");
        var transactionsParquet = TempFile("transactions.parquet");
        ParquetExport.WriteCustomers(customersParquet, customers);
        ParquetExport.WriteTransactions(transactionsParquet, transactions);

        var c2 = CustomerFile.Load(customersParquet);
        var t2 = TransactionFile.Load(transactionsParquet, customers: c2);

        c2.RowCount.Should().Be(5000);
        c2.CustomerIds.Should().Equal(customers.CustomerIds);
        c2.Columns.Select(c => (c.Name, c.Kind)).Should().Equal(customers.Columns.Select(c => (c.Name, c.Kind)));
        foreach (var column in customers.Columns)
        {
            var back = c2[column.Name];
            for (var r = 0; r < column.Length; r++)
                back.FormatInvariant(r).Should().Be(column.FormatInvariant(r), $"{column.Name} row {r}");
        }
        c2.Numeric(CustomerColumns.Arr)[0].Should().Be(88332);
        c2.Numeric(CustomerColumns.Nps).MissingCount.Should().Be(customers.Numeric(CustomerColumns.Nps).MissingCount).And.BeGreaterThan(0);
        t2.Count.Should().Be(49852);
        t2.CustomerIds.Should().Equal(transactions.CustomerIds);
        t2.Dates.ToArray().Should().Equal(transactions.Dates.ToArray());
        t2.Amounts.ToArray().Should().Equal(transactions.Amounts.ToArray());
        t2.Amounts[1].Should().Be(2848.47);
    }

    [Fact]
    public void Nulls_are_missing_values_and_bad_rows_are_rejected_as_in_the_CSV_export()
    {
        // The same four customers as CSV and as Parquet: a null arr is missing, a null or repeated id is a bad row.
        var csv = TestCsv.Write("customers.csv", "customer_id,arr,plan,signup_date,churned\n" +
            "C1,100.5,Access,2024-01-31,true\n" +
            ",20,Access,2024-02-01,false\n" +
            "C2,,,,\n" +
            "C1,30,Premium,2024-03-01,false\n");
        var parquet = WriteParquet("customers.parquet",
            (new DataField<string>("customer_id", true), new string?[] { "C1", null, "C2", "C1" }),
            (new DataField<double?>("arr"), new double?[] { 100.5, 20, null, 30 }),
            (new DataField<string>("plan", true), new string?[] { "Access", "Access", null, "Premium" }),
            (new DataField<DateOnly?>("signup_date"), new DateOnly?[] { new(2024, 1, 31), new(2024, 2, 1), null, new(2024, 3, 1) }),
            (new DataField<bool?>("churned"), new bool?[] { true, false, null, false }));

        var fromCsv = CustomerFile.LoadLenient(csv);
        var fromParquet = CustomerFile.LoadLenient(parquet);

        fromParquet.Table.CustomerIds.Should().Equal("C1", "C2");
        fromParquet.Table.Numeric("arr").Values.ToArray().Should().Equal(100.5, double.NaN);
        fromParquet.Table.Categorical("plan").Values().Should().Equal("Access", null);
        fromParquet.Table.Date("signup_date").Values.ToArray().Should().Equal(new DateOnly(2024, 1, 31), null);
        fromParquet.Table.Boolean("churned").Values.ToArray().Should().Equal(true, null);
        fromParquet.Rejects.Select(r => (r.Line, r.Column, r.Value, r.Reason))
            .Should().Equal(fromCsv.Rejects.Select(r => (r.Line, r.Column, r.Value, r.Reason)));
        fromParquet.Rejects.Select(r => (r.Line, r.Column)).Should().Equal((3L, "customer_id"), (5L, "customer_id"));

        var strict = () => CustomerFile.Load(parquet);
        strict.Should().Throw<DataValidationException>().WithMessage($"{parquet}:3, column 'customer_id': the customer id is empty. Fix: give every customer an id");
    }

    [Fact]
    public void A_column_stored_as_text_where_a_number_is_needed_is_one_clear_error()
    {
        var parquet = WriteParquet("customers.parquet",
            (new DataField<string>("customer_id", true), new string?[] { "C1", "C2" }),
            (new DataField<string>("arr", true), new string?[] { "100", "200" }));

        var load = () => CustomerFile.Load(parquet);

        var e = load.Should().Throw<DataValidationException>().Which;
        e.File.Should().Be(parquet);
        e.Column.Should().Be("arr");
        e.Message.Should().Be($"{parquet}, column 'arr': the column is stored as text (VARCHAR) but 'arr' is read as a number. " +
            "Fix: store it as DOUBLE, BIGINT or DECIMAL: CAST(\"arr\" AS DOUBLE) in DuckDB, df[\"arr\"].astype(\"float64\") in pandas, " +
            "or give 'arr' another kind in the mapping file (--mapping)");
    }

    [Fact]
    public void The_mapping_renames_Parquet_columns_and_integer_ids_and_timestamps_are_read()
    {
        var customers = WriteParquet("clients.parquet", (new DataField<long>("Client"), new long[] { 7, 12 }));
        var log = WriteParquet("factures.parquet",
            (new DataField<long>("Client"), new long[] { 12, 7, 12 }),
            (new DataField<DateTime?>("Date facture"), new DateTime?[] { new(2024, 5, 1, 13, 45, 0), new(2024, 5, 2), new(2024, 6, 30, 23, 59, 59) }),
            (new DataField<double?>("Montant HT"), new double?[] { 10, 0, 2.5 }));
        var mapping = DatasetMapping.Parse("customers:\n  Client: customer_id\ntransactions:\n  Client: customer_id\n  Date facture: date\n  Montant HT: amount\n", "mapping.yaml");

        var table = CustomerFile.Load(customers, new CsvReadOptions { Mapping = mapping.Customers });
        var transactions = TransactionFile.Load(log, new CsvReadOptions { Mapping = mapping.Transactions }, table);

        table.CustomerIds.Should().Equal("7", "12");
        transactions.CustomerIds.Should().Equal("12", "7", "12");
        transactions.Dates.ToArray().Should().Equal(new DateOnly(2024, 5, 1), new DateOnly(2024, 5, 2), new DateOnly(2024, 6, 30));
        transactions.Amounts.ToArray().Should().Equal(10, 0, 2.5);
    }

    [Fact]
    public void Transaction_rows_are_checked_as_in_a_CSV_log()
    {
        var customers = CustomerFile.Load(TestCsv.Write("customers.csv", "customer_id\nC1\n"));
        var log = WriteParquet("transactions.parquet",
            (new DataField<string>("customer_id", true), new string?[] { "C1", "C9", "C1", "C1", "C1" }),
            (new DataField<DateOnly?>("date"), new DateOnly?[] { new(2024, 1, 1), new(2024, 1, 2), null, new(2024, 1, 4), new(2024, 1, 5) }),
            (new DataField<double?>("amount"), new double?[] { 10, 5, 3, -1, null }));

        var result = TransactionFile.LoadLenient(log, null, customers);

        result.Table.Amounts.ToArray().Should().Equal(10);
        result.Rejects.Select(r => (r.Line, r.Column, r.Value)).Should().Equal(
            (3L, "customer_id", "C9"), (4L, "date", null), (5L, "amount", "-1"), (6L, "amount", null));
    }

    [Fact]
    public void A_date_column_stored_as_text_names_the_cast_and_a_file_that_is_not_Parquet_says_so()
    {
        var log = WriteParquet("transactions.parquet",
            (new DataField<string>("customer_id", true), new string?[] { "C1" }),
            (new DataField<string>("date", true), new string?[] { "2024-01-01" }),
            (new DataField<double?>("amount"), new double?[] { 1 }));
        var load = () => TransactionFile.Load(log);
        load.Should().Throw<DataValidationException>().WithMessage(
            "*column 'date': the column is stored as text (VARCHAR) but 'date' is read as a date. Fix: store it as DATE: CAST(\"date\" AS DATE) in DuckDB*")
            .Which.Message.Should().NotContain("--mapping");

        var notParquet = TestCsv.Write("customers.parquet", "customer_id\nC1\n");
        var open = () => CustomerFile.Load(notParquet);
        open.Should().Throw<DataValidationException>().WithMessage($"{notParquet}: not a readable Parquet file (*). Fix: export the table again as Parquet*");
    }
}
