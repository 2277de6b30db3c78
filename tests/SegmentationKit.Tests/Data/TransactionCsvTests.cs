using SegmentationKit.Data;

namespace SegmentationKit.Tests.Data;

public class TransactionCsvTests
{
    [Fact]
    public void Loads_ids_dates_amounts_and_keeps_other_columns()
    {
        var path = TestCsv.Write("transactions.csv",
            "transaction_id,customer_id,date,amount,product\n" +
            "T1,C1,2024-01-31,100.5,Core\n" +
            "T2,C2,2024-02-01,0,\n" +
            "T3,C1,2023-12-01,20,Add-on\n");

        var log = TransactionCsv.Load(path);

        log.Count.Should().Be(3);
        log.CustomerIds.Should().Equal("C1", "C2", "C1");
        ReferenceEquals(log.CustomerIds[0], log.CustomerIds[2]).Should().BeTrue("one string per distinct id");
        log.Dates.ToArray().Should().Equal(new DateOnly(2024, 1, 31), new DateOnly(2024, 2, 1), new DateOnly(2023, 12, 1));
        log.Amounts.ToArray().Should().Equal(100.5, 0, 20);
        log.DateRange.Should().Be((new DateOnly(2023, 12, 1), new DateOnly(2024, 2, 1)));
        log.Columns.Select(c => c.Name).Should().Equal("transaction_id", "product");
        ((CategoricalColumn)log.Columns[1]).Values().Should().Equal("Core", null, "Add-on");
    }

    [Fact]
    public void Lenient_load_rejects_unknown_customers_and_negative_amounts()
    {
        var customers = CustomerCsv.Load(TestCsv.Write("customers.csv", "customer_id\nC1\n"));
        var path = TestCsv.Write("transactions.csv",
            "customer_id,date,amount\nC1,2024-01-01,10\nC9,2024-01-02,5\nC1,2024-01-03,-1\nC1,2024-01-04,7\n");

        var result = TransactionCsv.LoadLenient(path, null, customers);

        result.Table.Amounts.ToArray().Should().Equal(10, 7);
        result.Rejects.Select(r => (r.Line, r.Column, r.Value)).Should().Equal((3L, "customer_id", "C9"), (4L, "amount", "-1"));
    }
}
