using SegmentationKit.Data;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticCsvLoadTests
{
    [Fact]
    public void The_kit_loads_the_generated_files_to_the_in_memory_values_and_kinds()
    {
        var options = new SyntheticOptions { Customers = 1500, Seed = 21 };
        var folder = SyntheticFiles.Write(options);
        var expected = SyntheticBase.Generate(options);

        var customers = CustomerCsv.Load(Path.Combine(folder, SyntheticBase.CustomersFile));
        var transactions = TransactionCsv.Load(Path.Combine(folder, SyntheticBase.TransactionsFile), customers: customers);

        customers.CustomerIds.Should().Equal(expected.Customers.CustomerIds);
        customers.Columns.Select(c => c.Name).Should().Equal(expected.Customers.Columns.Select(c => c.Name));
        foreach (var column in expected.Customers.Columns)
        {
            var loaded = customers[column.Name];
            loaded.Kind.Should().Be(column.Kind, column.Name);
            for (var i = 0; i < column.Length; i++)
                loaded.FormatInvariant(i).Should().Be(column.FormatInvariant(i), $"{column.Name} of row {i}");
        }
        transactions.CustomerIds.Should().Equal(expected.Transactions.CustomerIds);
        transactions.Dates.ToArray().Should().Equal(expected.Transactions.Dates.ToArray());
        transactions.Amounts.ToArray().Should().Equal(expected.Transactions.Amounts.ToArray());
    }
}
