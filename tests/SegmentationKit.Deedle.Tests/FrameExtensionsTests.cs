using Deedle;
using SegmentationKit.Data;
using SegmentationKit.Profiling;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Deedle.Tests;

public sealed class FrameExtensionsTests
{
    private static CustomerTable FourCustomers()
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-deedle"), "customers.csv");
        File.WriteAllText(path, """
            customer_id,industry,plan,arr,signup_date,churned,nps
            C1,Retail,Standard,12000,2023-01-15,false,9
            C2,Media,,36000,2022-06-30,true,
            C3,Retail,Freemium,0,2024-11-02,false,3
            C4,Retail,Standard,6000,,false,7
            """);
        return CustomerCsv.Load(path);
    }

    private static Segmentation TwoSegments() => new(
        "value",
        new Dictionary<string, string>(),
        new DateOnly(2026, 6, 30),
        [new SegmentDefinition("high", "High value", "", ""), new SegmentDefinition("low", "Low value", "", "")],
        ["C1", "C2", "C3", "C4"],
        ["high", "high", "low", "low"],
        new Dictionary<string, double[]> { ["score"] = [0.9, 0.8, 0.1, double.NaN] });

    [Fact]
    public void A_customer_table_is_a_frame_of_typed_columns_keyed_by_customer_in_file_order()
    {
        var frame = FourCustomers().ToFrame();

        frame.RowKeys.Should().Equal("C1", "C2", "C3", "C4");
        frame.ColumnKeys.Should().Equal("industry", "plan", "arr", "signup_date", "churned", "nps");
        frame.GetColumn<double>("arr").Values.Should().Equal(12000, 36000, 0, 6000);
        frame.GetColumn<string>("plan").TryGet("C2").HasValue.Should().BeFalse("an empty cell stays missing");
        frame.GetColumn<string>("plan").Get("C3").Should().Be("Freemium");
        frame.GetColumn<DateTime>("signup_date").Get("C1").Should().Be(new DateTime(2023, 1, 15));
        frame.GetColumn<DateTime>("signup_date").TryGet("C4").HasValue.Should().BeFalse();
        frame.GetColumn<bool>("churned").Get("C2").Should().BeTrue();
        frame.GetColumn<double>("nps").Mean().Should().BeApproximately((9 + 3 + 7) / 3.0, 1e-12, "Deedle skips the missing NPS");
    }

    [Fact]
    public void A_segmentation_is_one_row_per_customer_with_its_segment_and_measures()
    {
        var frame = TwoSegments().ToFrame();

        frame.RowKeys.Should().Equal("C1", "C2", "C3", "C4");
        frame.GetColumn<string>("segment_id").Values.Should().Equal("high", "high", "low", "low");
        frame.GetColumn<string>("segment_name").Get("C3").Should().Be("Low value");
        frame.GetColumn<double>("score").Get("C2").Should().Be(0.8);
        frame.GetColumn<double>("score").TryGet("C4").HasValue.Should().BeFalse("NaN is Deedle's missing number");
    }

    [Fact]
    public void A_profile_is_its_kpi_table_with_the_whole_base_first()
    {
        var customers = FourCustomers();
        var profile = new SegmentProfiler().Profile(TwoSegments(), new SegmentationData(customers, AsOf: new DateOnly(2026, 6, 30)));
        var frame = profile.ToFrame();

        frame.RowKeys.Should().Equal(FrameExtensions.BaseRowKey, "high", "low");
        frame.GetColumn<double>("customers").Values.Should().Equal(4, 2, 2);
        frame.GetColumn<double>("share_of_customers").Values.Should().Equal(1.0, 0.5, 0.5);
        // Active ARR: C2 (36,000) has churned, so "high" keeps C1's 12,000 of the 18,000 active.
        frame.GetColumn<double>("mean_active_arr").Get("high").Should().Be(12000);
        frame.GetColumn<double>("share_of_active_arr").Get("high").Should().BeApproximately(12000 / 18000.0, 1e-12);
        frame.GetColumn<double>("arr_lost_to_churn").Get("high").Should().Be(36000);
        frame.GetColumn<double>("churn_rate").Get("high").Should().Be(0.5);
        frame.GetColumn<double>("churn_rate").Get("low").Should().Be(0.0);
        // Each value comes from the profile, never recomputed.
        frame.GetColumn<double>("nps").Get(FrameExtensions.BaseRowKey).Should().Be(profile.Base.Health.Nps?.NetPromoterScore ?? double.NaN);
    }
}
