using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Configuration;
using SegmentationKit.Segmenters.Rfm;

namespace SegmentationKit.Tests.Segmenters.Rfm;

/// <summary>RFM scoring as the R package rfm 0.3.0 defines it (docs/segmentation-methods.md, "RFM"), on the
/// hand-worked log of <see cref="RfmWorkedExample"/>.
///
/// Type-7 quantiles of N = 12 values at p = 0.2, 0.4, 0.6, 0.8 sit at 0-based positions
/// h = 11p = 2.2, 4.4, 6.6, 8.8 of the sorted values; each cut is that quantile + 1.
///
/// Recency sorted  [1, 1, 5, 10, 20, 30, 30, 45, 60, 90, 120, 200]
///   q(.2) = 5 + 0.2·(10−5) = 6      → cut 7
///   q(.4) = 20 + 0.4·(30−20) = 24   → cut 25
///   q(.6) = 30 + 0.6·(45−30) = 39   → cut 40
///   q(.8) = 60 + 0.8·(90−60) = 84   → cut 85
///   R = 5 − #cuts ≤ x: 1,5 → 5; 10,20 → 4; 30 → 3; 45,60 → 2; 90,120,200 → 1
/// Frequency sorted [1, 1, 1, 2, 2, 3, 4, 5, 5, 6, 8, 10]
///   q(.2) = 1 + 0.2·(2−1) = 1.2 → cut 2.2;  q(.4) = 2 + 0.4·(3−2) = 2.4 → cut 3.4
///   q(.6) = 4 + 0.6·(5−4) = 4.6 → cut 5.6;  q(.8) = 5 + 0.8·(6−5) = 5.8 → cut 6.8
///   F = 1 + #cuts ≤ x: 1,2 → 1 (the +1 puts 2 below the first cut); 3 → 2; 4,5 → 3; 6 → 4; 8,10 → 5
/// Monetary sorted [50, 60, 80, 120, 150, 300, 400, 600, 700, 800, 900, 1200]
///   q(.2) = 80 + 0.2·40 = 88 → cut 89;     q(.4) = 150 + 0.4·150 = 210 → cut 211
///   q(.6) = 400 + 0.6·200 = 520 → cut 521; q(.8) = 700 + 0.8·100 = 780 → cut 781
///   M: 50,60,80 → 1; 120,150 → 2; 300,400 → 3; 600,700 → 4; 800,900,1200 → 5
/// </summary>
public class RfmSegmenterTests
{
    // id → (R, F, M, segment by the default table, first match wins)
    private static readonly Dictionary<string, (int R, int F, int M, string Segment)> Expected = new()
    {
        ["c01"] = (5, 5, 5, "champions"),
        ["c02"] = (5, 5, 5, "champions"),
        ["c03"] = (5, 2, 2, "new_customers"),      // F 2 fails Potential Loyalist (3–5); R 5 fails Loyal/Promising
        ["c04"] = (4, 3, 4, "potential_loyalist"),
        ["c05"] = (4, 3, 3, "potential_loyalist"),
        ["c06"] = (3, 1, 1, "about_to_sleep"),     // M 1 fails Promising (3–5)
        ["c07"] = (3, 1, 3, "promising"),
        ["c08"] = (2, 4, 4, "loyal_customers"),
        ["c09"] = (2, 1, 1, "about_to_sleep"),
        ["c10"] = (1, 1, 2, "lost"),
        ["c11"] = (1, 3, 5, "cant_lose_them"),
        ["c12"] = (1, 1, 1, "lost"),
    };

    private static Segmentation Run(RfmOptions? options = null) =>
        new RfmSegmenter(options).Fit(RfmWorkedExample.Data()).Assign(RfmWorkedExample.Data());

    [Fact]
    public void Rfm_cut_points_are_type7_quantiles_plus_one()
    {
        var model = new RfmSegmenter().Fit(RfmWorkedExample.Data());

        // Like R, the interpolation carries binary rounding (e.g. 7.000000000000001), hence 1e-9.
        Close(model.Recency.Cuts, 7, 25, 40, 85);
        Close(model.Frequency.Cuts, 2.2, 3.4, 5.6, 6.8);
        Close(model.MonetaryScale.Cuts, 89, 211, 521, 781);
    }

    private static void Close(IReadOnlyList<double> actual, params double[] expected)
    {
        actual.Should().HaveCount(expected.Length);
        for (var i = 0; i < expected.Length; i++) actual[i].Should().BeApproximately(expected[i], 1e-9, $"cut {i + 1}");
    }

    [Fact]
    public void Rfm_scores_and_default_segments_match_the_hand_worked_log()
    {
        var seg = Run();

        for (var i = 0; i < 12; i++)
        {
            var id = seg.CustomerIds[i];
            var (r, f, m, segment) = Expected[id];
            seg.CustomerMeasures["r_score"][i].Should().Be(r, $"R of {id}");
            seg.CustomerMeasures["f_score"][i].Should().Be(f, $"F of {id}");
            seg.CustomerMeasures["m_score"][i].Should().Be(m, $"M of {id}");
            seg.SegmentIds[i].Should().Be(segment, $"segment of {id}");
        }
    }

    [Fact]
    public void Rfm_scores_the_most_recent_customer_5_and_tied_values_alike()
    {
        var seg = Run();
        var r = seg.CustomerMeasures["r_score"];
        r[0].Should().Be(5);
        r[1].Should().Be(5);     // c01 and c02 both 1 day
        r[5].Should().Be(r[6]);  // c06 and c07 both 30 days
        seg.CustomerMeasures["f_score"][3].Should().Be(seg.CustomerMeasures["f_score"][4]); // c04, c05: 5 orders
    }

    [Fact]
    public void Rfm_measures_are_days_orders_and_total_spend()
    {
        var seg = Run();
        seg.CustomerMeasures["recency_days"].Take(12).Should().Equal(RfmWorkedExample.Customers.Select(c => (double)c.Recency));
        seg.CustomerMeasures["frequency"].Take(12).Should().Equal(RfmWorkedExample.Customers.Select(c => (double)c.Frequency));
        seg.CustomerMeasures["monetary"].Take(12).Should().Equal(RfmWorkedExample.Customers.Select(c => c.Monetary));
    }

    [Fact]
    public void Rfm_puts_a_customer_without_orders_in_no_purchase_in_window()
    {
        var seg = Run();

        seg.CustomerCount.Should().Be(13);
        seg.SegmentIds[12].Should().Be("no_purchase");
        seg.Segment("no_purchase").Name.Should().Be("No purchase in window");
        seg.CustomerMeasures["frequency"][12].Should().Be(0);
        double.IsNaN(seg.CustomerMeasures["r_score"][12]).Should().BeTrue();
        double.IsNaN(seg.CustomerMeasures["recency_days"][12]).Should().BeTrue();
    }

    [Fact]
    public void Rfm_window_moves_customers_without_recent_orders_to_no_purchase_and_keeps_their_recency()
    {
        // A 100-day window keeps every order of c01–c10 except some older ones; c11 (last order 120
        // days ago) and c12 (200 days) have none left.
        var seg = Run(new RfmOptions { WindowDays = 100 });

        seg.SegmentIds[10].Should().Be("no_purchase");
        seg.SegmentIds[11].Should().Be("no_purchase");
        seg.CustomerMeasures["recency_days"][10].Should().Be(120);
        seg.CustomerMeasures["frequency"][10].Should().Be(0);
        // c10: orders at 90 and 97 days are inside, so frequency stays 2
        seg.CustomerMeasures["frequency"][9].Should().Be(2);
        // c08: orders at 45, 52, 59, 66, 73, 80 days: all 6 inside
        seg.CustomerMeasures["frequency"][7].Should().Be(6);
        // c01: 10 orders at 1, 8, …, 64 days: all inside; c09 one at 60
        seg.Parameters["window_days"].Should().Be("100");
    }

    [Fact]
    public void Rfm_mean_monetary_divides_spend_by_orders()
    {
        var seg = Run(new RfmOptions { Monetary = MonetaryMeasure.Mean });
        seg.CustomerMeasures["monetary"][0].Should().Be(120);   // c01: 1200 / 10
        seg.CustomerMeasures["monetary"][10].Should().Be(200);  // c11: 800 / 4
    }

    [Fact]
    public void Rfm_user_cut_points_replace_the_quantiles()
    {
        var seg = Run(new RfmOptions { RecencyCuts = [10, 30, 60, 120] });
        var r = seg.CustomerMeasures["r_score"];
        // R = 5 − #cuts ≤ x: 1 day → 5; 10 → 4; 30 → 3; 60 → 2; 120 and 200 → 1
        r[0].Should().Be(5);
        r[3].Should().Be(4);
        r[5].Should().Be(3);
        r[8].Should().Be(2);
        r[10].Should().Be(1);
        r[11].Should().Be(1);
        seg.Parameters["cuts"].Should().Be("user");
    }

    [Fact]
    public void Rfm_grid_preset_names_cells_without_monetary()
    {
        var seg = Run(new RfmOptions { Table = RfmSegmentTable.RecencyFrequencyGrid });
        seg.SegmentIds[2].Should().Be("potential_loyalist"); // c03: R5 F2
        seg.SegmentIds[11].Should().Be("hibernating");       // c12: R1 F1
        seg.SegmentIds[10].Should().Be("at_risk");           // c11: R1 F3
        seg.SegmentIds[0].Should().Be("champions");          // c01: R5 F5
    }

    [Fact]
    public void Rfm_grid_preset_covers_all_25_cells()
    {
        for (var r = 1; r <= 5; r++)
            for (var f = 1; f <= 5; f++)
                RfmSegmentTable.RecencyFrequencyGrid.Match(r, f, 1).Should().NotBe("others", $"R{r} F{f}");
    }

    [Fact]
    public void Rfm_scores_that_match_no_row_fall_to_others()
    {
        // R 2, F 5, M 1 fits none of the ten default rows.
        RfmSegmentTable.Default.Match(2, 5, 1).Should().Be("others");
    }

    [Fact]
    public void Rfm_user_table_from_yaml_is_used_in_order()
    {
        var table = RfmSegmentTable.FromConfig(ConfigNode.Parse("""
            segments:
              - name: Best
                r: 4-5
                f: [4, 5]
              - name: Rest
                r: 1-5
                f: 1-5
            """).Required("segments"));
        var seg = Run(new RfmOptions { Table = table });

        seg.SegmentIds[0].Should().Be("best");
        seg.SegmentIds[3].Should().Be("rest"); // c04 R4 F3
        seg.Segments.Select(s => s.Id).Should().Equal("best", "rest", "others", "no_purchase");
    }

    [Theory]
    [InlineData("""
        table:
          - { name: Best, r: 4-5, f: [4, 5], m: 3-5 }
          - { name: Rest, r: 1-5, f: 1-5 }
        """)]
    [InlineData("""
        table:
          segments:
            - { name: Best, r: 4-5, f: [4, 5], m: 3-5 }
            - { name: Rest, r: 1-5, f: 1-5 }
        """)]
    public void Rfm_table_in_the_documented_list_form_or_under_segments_reads_the_same(string yaml)
    {
        // The list form is the one docs/segmentation-methods.md shows under `rfm: table:`.
        var options = RfmOptions.FromConfig(ConfigNode.Parse(yaml, "seg.yaml"));
        var seg = Run(options);

        options.Table.Rules.Select(r => r.Name).Should().Equal("Best", "Rest");
        seg.SegmentIds[0].Should().Be("best");   // c01 R5 F5 M5
        seg.SegmentIds[4].Should().Be("rest");   // c05 R4 F3 M3: F below 4
    }

    [Fact]
    public void Rfm_with_many_tied_values_leaves_some_scores_empty_without_failing()
    {
        // Every buyer with one order: all frequency cuts are 1 + 1 = 2, every customer scores F 1.
        var data = RfmWorkedExample.Data();
        var ids = data.Customers.CustomerIds.Take(12).ToArray();
        var log = new SegmentationKit.Data.TransactionLog("one order each", ids, ids.Select(_ => RfmWorkedExample.AsOf).ToArray(), ids.Select(_ => 10.0).ToArray());
        var d = data with { Transactions = log };
        var seg = new RfmSegmenter().Fit(d).Assign(d);
        seg.CustomerMeasures["f_score"].Take(12).Should().OnlyContain(f => f == 1);
        seg.CustomerMeasures["r_score"].Take(12).Should().OnlyContain(r => r == 5);
    }

    [Fact]
    public void Rfm_reassigns_the_training_customers_identically_and_round_trips()
    {
        var data = RfmWorkedExample.Data();
        var model = new RfmSegmenter().Fit(data);
        var first = model.Assign(data);
        var again = RfmModel.FromJson(model.ToJson()).Assign(data);

        again.ToJson().Should().Be(first.ToJson());
        Segmentation.FromJson(first.ToJson()).ToJson().Should().Be(first.ToJson());
    }

    [Fact]
    public void Rfm_options_reject_a_wrong_number_of_cut_points_naming_the_option()
    {
        var act = () => new RfmSegmenter(new RfmOptions { FrequencyCuts = [1, 2] });
        act.Should().Throw<ConfigurationException>().WithMessage("rfm.frequency_cuts: 2 cut points given for 5 bins. Fix: give 4 cut points");
    }

    [Fact]
    public void Rfm_with_other_bins_needs_its_own_table()
    {
        var act = () => new RfmSegmenter(new RfmOptions { Bins = 3 });
        act.Should().Throw<ConfigurationException>().WithMessage("*segments[0].r*not within 1–3*");
    }

    [Fact]
    public void Rfm_rejects_a_transaction_of_an_unknown_customer()
    {
        var data = RfmWorkedExample.Data();
        var log = new SegmentationKit.Data.TransactionLog("orders.csv", ["zz"], [RfmWorkedExample.AsOf], [5.0]);
        var act = () => new RfmSegmenter().Fit(data with { Transactions = log });
        act.Should().Throw<DataValidationException>().WithMessage("orders.csv, column 'customer_id': a transaction belongs to a customer who is not in the customer table (value 'zz')*");
    }

    [Fact]
    public void Rfm_without_an_as_of_date_says_how_to_give_one()
    {
        var act = () => new RfmSegmenter().Fit(RfmWorkedExample.Data() with { AsOf = null });
        act.Should().Throw<ModelException>().WithMessage("*--as-of*");
    }
}
