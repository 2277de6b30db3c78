using System.Globalization;
using SegmentationKit.Data;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticDeterminismTests
{
    private static readonly string[] Files = [SyntheticBase.CustomersFile, SyntheticBase.TransactionsFile, SyntheticBase.TruthFile];

    [Fact]
    public void The_same_seed_writes_byte_identical_files()
    {
        var first = SyntheticFiles.Write(new SyntheticOptions { Customers = 3000, Seed = 11 });
        var second = SyntheticFiles.Write(new SyntheticOptions { Customers = 3000, Seed = 11 });
        foreach (var file in Files)
            SyntheticFiles.Bytes(second, file).Should().Equal(SyntheticFiles.Bytes(first, file), file);
    }

    [Fact]
    public void Different_seeds_write_different_files()
    {
        var first = SyntheticFiles.Write(new SyntheticOptions { Customers = 500, Seed = 11 });
        var second = SyntheticFiles.Write(new SyntheticOptions { Customers = 500, Seed = 12 });
        foreach (var file in Files)
            SyntheticFiles.Bytes(second, file).Should().NotEqual(SyntheticFiles.Bytes(first, file), file);
    }

    [Fact]
    public void The_thread_count_does_not_change_a_byte()
    {
        // 10,000 customers span three chunks, so one, two and four threads really split the work differently.
        var one = SyntheticFiles.Write(new SyntheticOptions { Customers = 10_000, Seed = 5, MaxDegreeOfParallelism = 1 });
        var two = SyntheticFiles.Write(new SyntheticOptions { Customers = 10_000, Seed = 5, MaxDegreeOfParallelism = 2 });
        var four = SyntheticFiles.Write(new SyntheticOptions { Customers = 10_000, Seed = 5, MaxDegreeOfParallelism = 4 });
        foreach (var file in Files)
        {
            SyntheticFiles.Bytes(two, file).Should().Equal(SyntheticFiles.Bytes(one, file), file);
            SyntheticFiles.Bytes(four, file).Should().Equal(SyntheticFiles.Bytes(one, file), file);
        }
    }

    [Fact]
    public void A_smaller_base_is_the_first_customers_of_a_larger_one()
    {
        var small = SyntheticFiles.Write(new SyntheticOptions { Customers = 100, Seed = 3 });
        var large = SyntheticFiles.Write(new SyntheticOptions { Customers = 5000, Seed = 3 });
        foreach (var file in Files)
        {
            var smallLines = File.ReadAllLines(Path.Combine(small, file));
            var largeLines = File.ReadAllLines(Path.Combine(large, file));
            largeLines.Take(smallLines.Length).Should().Equal(smallLines, file);
        }
    }

    [Fact]
    public void The_in_memory_base_holds_the_values_of_the_files()
    {
        var options = new SyntheticOptions { Customers = 2000, Seed = 9 };
        var folder = SyntheticFiles.Write(options);
        var data = SyntheticBase.Generate(options);
        var (header, rows) = SyntheticFiles.Read(folder, SyntheticBase.CustomersFile);

        header.Should().Equal(SyntheticBase.CustomerFileColumns);
        data.Customers.CustomerIds.Should().Equal(rows.Select(r => r[0]));
        for (var j = 1; j < header.Length; j++)
        {
            var column = data.Customers[header[j]];
            for (var i = 0; i < rows.Length; i++)
            {
                var expected = rows[i][j];
                var actual = column.FormatInvariant(i) ?? "";
                if (column is NumericColumn numeric && expected.Length > 0)
                    numeric[i].Should().Be(double.Parse(expected, CultureInfo.InvariantCulture), $"{header[j]} of row {i}");
                else
                    actual.Should().Be(expected, $"{header[j]} of row {i}");
            }
        }

        var (_, transactions) = SyntheticFiles.Read(folder, SyntheticBase.TransactionsFile);
        data.Transactions.Count.Should().Be(transactions.Length);
        for (var t = 0; t < transactions.Length; t++)
        {
            data.Transactions.CustomerIds[t].Should().Be(transactions[t][0]);
            data.Transactions.Dates[t].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).Should().Be(transactions[t][1]);
            data.Transactions.Amounts[t].Should().Be(double.Parse(transactions[t][2], CultureInfo.InvariantCulture));
        }
        var (_, truth) = SyntheticFiles.Read(folder, SyntheticBase.TruthFile);
        data.TrueSegments.Should().Equal(truth.Select(r => r[1]));
    }
}
