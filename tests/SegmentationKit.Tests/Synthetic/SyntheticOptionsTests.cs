using SegmentationKit.Errors;
using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticOptionsTests
{
    [Fact]
    public void Options_out_of_range_name_the_option_and_the_value()
    {
        var noCustomers = () => new SyntheticOptions { Customers = 0 };
        noCustomers.Should().Throw<ConfigurationException>()
            .Which.Message.Should().Be("customers: must be between 1 and 100,000,000 (got 0). Fix: ask for at least 1 customer, e.g. --customers 5000");
        var ancient = () => new SyntheticOptions { Customers = 1, AsOf = new DateOnly(1900, 1, 1) };
        ancient.Should().Throw<ConfigurationException>()
            .Which.Message.Should().Be("as_of: must be a year between 1910 and 9998 (got 1900-01-01). Fix: give a date such as 2026-06-30");
        var noThreads = () => new SyntheticOptions { Customers = 1, MaxDegreeOfParallelism = 0 };
        noThreads.Should().Throw<ConfigurationException>().Which.KeyPath.Should().Be("threads");
    }
}
