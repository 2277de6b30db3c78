using SegmentationKit.Data;
using SegmentationKit.Errors;
using SegmentationKit.Segmenters.Cross;
using SegmentationKit.Segmenters.ValueTiers;

namespace SegmentationKit.Tests.Segmenters.Cross;

/// <summary>Value tier (absolute thresholds 7000 / 3000) × industry on ten customers.
/// Large ≥ 7000: x1 x2 x3 x4; Medium: x5 x6 x7 x8; Small: x9 x10. Industry order Retail, Food, Public.
/// Cells: Large·Retail {x1 x2 x4} = 3, Large·Food {x3} = 1, Medium·Retail {x5 x8} = 2,
/// Medium·Food {x6} = 1, Medium·Public {x7} = 1, Small·Retail {x9} = 1, Small·Food {x10} = 1.</summary>
public class CrossSegmenterTests
{
    private static SegmentationData Data() => new(new CustomerTable("customers.csv",
        Enumerable.Range(1, 10).Select(i => $"x{i}").ToArray(),
        [
            new NumericColumn(CustomerColumns.Arr, [10000, 9000, 8000, 7000, 6000, 5000, 4000, 3000, 2000, 1000]),
            CategoricalColumn.FromValues(CustomerColumns.Industry, ["Retail", "Retail", "Food", "Retail", "Retail", "Food", "Public", "Retail", "Retail", "Food"]),
        ]));

    private static CrossOptions Options(SmallSegmentPolicy policy, int minimumCount = 2, double minimumShare = 0) => new()
    {
        Parts =
        [
            new ValueTierSegmenter(new ValueTierOptions { Mode = ValueTierMode.Thresholds, Thresholds = [7000, 3000] }),
            new ColumnSegmenter(CustomerColumns.Industry),
        ],
        MinimumCount = minimumCount,
        MinimumRevenueShare = minimumShare,
        Policy = policy,
    };

    private static (CrossModel Model, Segmentation Seg) Run(CrossOptions options)
    {
        var model = new CrossSegmenter(options).Fit(Data());
        return (model, model.Assign(Data()));
    }

    [Fact]
    public void Cross_names_cells_after_both_parts_and_warns_about_small_ones()
    {
        var (model, seg) = Run(Options(SmallSegmentPolicy.Warn));

        seg.SegmentIds.Should().Equal("large.retail", "large.retail", "large.food", "large.retail", "medium.retail",
            "medium.food", "medium.public", "medium.retail", "small.retail", "small.food");
        seg.Segment("large.retail").Name.Should().Be("Large · Retail");
        model.Merges.Should().BeEmpty();
        model.Warnings.Should().Equal(
            "Large · Food is below the minimum size (1 customer)",
            "Medium · Food is below the minimum size (1 customer)",
            "Medium · Public is below the minimum size (1 customer)",
            "Small · Retail is below the minimum size (1 customer)",
            "Small · Food is below the minimum size (1 customer)");
        seg.Parameters["small_segments"].Should().StartWith("Large · Food is below the minimum size (1 customer); ");
    }

    [Fact]
    public void Cross_merges_small_cells_into_other_and_lists_every_merge()
    {
        var (model, seg) = Run(Options(SmallSegmentPolicy.MergeIntoOther));

        seg.SegmentIds.Should().Equal("large.retail", "large.retail", "other", "large.retail", "medium.retail",
            "other", "other", "medium.retail", "other", "other");
        seg.Segments.Select(s => s.Id).Should().Equal("large.retail", "medium.retail", "other");
        model.Merges.Select(m => (m.FromId, m.IntoId, m.Customers)).Should().Equal(
            ("large.food", "other", 1), ("medium.food", "other", 1), ("medium.public", "other", 1), ("small.retail", "other", 1), ("small.food", "other", 1));
        seg.Parameters["merges"].Should().StartWith("Large · Food → Other (1 customer); Medium · Food → Other (1 customer)");
    }

    [Fact]
    public void Cross_merges_a_small_cell_into_the_nearest_cell_of_the_same_parent()
    {
        var (model, seg) = Run(Options(SmallSegmentPolicy.MergeIntoNearest));

        // Large·Food → Large·Retail; Medium·Food and Medium·Public → Medium·Retail (closest kept
        // industry); no Small cell is big enough, so both Small cells → "Small · Other".
        seg.SegmentIds.Should().Equal("large.retail", "large.retail", "large.retail", "large.retail", "medium.retail",
            "medium.retail", "medium.retail", "medium.retail", "small.other", "small.other");
        model.Merges.Select(m => $"{m.FromId}>{m.IntoId}").Should().Equal(
            "large.food>large.retail", "medium.food>medium.retail", "medium.public>medium.retail", "small.retail>small.other", "small.food>small.other");
        seg.Segment("small.other").Name.Should().Be("Small · Other");
        seg.Segment("medium.retail").Definition.Should().EndWith("plus merged: Medium · Food, Medium · Public");
    }

    [Fact]
    public void Cross_minimum_revenue_share_merges_cells_holding_too_little_revenue()
    {
        // Total 55000; Large·Retail 26000, Large·Food 8000, Medium·Retail 9000 stay (≥ 10 %);
        // Medium·Food 5000 (9.09 %), Medium·Public 4000, Small·Retail 2000, Small·Food 1000 go.
        var (model, _) = Run(Options(SmallSegmentPolicy.MergeIntoOther, minimumCount: 0, minimumShare: 0.10));

        model.Merges.Select(m => m.FromId).Should().Equal("medium.food", "medium.public", "small.retail", "small.food");
        model.Merges[0].RevenueShare.Should().Be(5000 / 55000.0);
        CrossModel.Describe(model.Merges[0]).Should().Be("Medium · Food → Other (1 customer, 9.09% of revenue)");
    }

    [Fact]
    public void Cross_reassigns_the_training_customers_identically_and_round_trips()
    {
        var (model, seg) = Run(Options(SmallSegmentPolicy.MergeIntoNearest));
        model.Assign(Data()).ToJson().Should().Be(seg.ToJson());
        Segmentation.FromJson(seg.ToJson()).ToJson().Should().Be(seg.ToJson());
    }

    [Fact]
    public void Cross_maps_a_cell_without_training_customers_to_other()
    {
        // Small · Public held nobody when fitted; a new small Public customer lands in Other.
        var model = new CrossSegmenter(Options(SmallSegmentPolicy.Warn)).Fit(Data());
        var newcomer = new SegmentationData(new CustomerTable("new.csv", ["x11"],
        [
            new NumericColumn(CustomerColumns.Arr, [1500]),
            CategoricalColumn.FromValues(CustomerColumns.Industry, ["Public"]),
        ]));

        model.Assign(newcomer).SegmentIds.Should().Equal("other");
        model.Catalog.Select(s => s.Id).Should().Equal("large.retail", "large.food", "medium.retail", "medium.food", "medium.public",
            "small.retail", "small.food", "other");
    }

    [Fact]
    public void Cross_gives_merged_small_cells_an_id_no_real_cell_has()
    {
        // The second part has its own "Other" segment, so "small.other" is a real cell.
        var rules = new SegmentationKit.Segmenters.Rules.RuleSetBuilder("industry")
            .Segment("Retail", SegmentationKit.Segmenters.Rules.When.Column("industry").Is("Retail"))
            .Fallback("Other")
            .Build();
        var options = Options(SmallSegmentPolicy.MergeIntoNearest, minimumCount: 3) with
        {
            Parts = [Options(SmallSegmentPolicy.Warn).Parts[0], new SegmentationKit.Segmenters.Rules.RulesSegmenter(rules)],
        };
        var (_, seg) = Run(options);

        // Small·Retail {x9} and Small·Other {x10} are both below 3 and have no large sibling.
        seg.SegmentIds[8].Should().Be("small.other_merged");
        seg.SegmentIds[9].Should().Be("small.other_merged");
        seg.Segment("small.other_merged").Name.Should().Be("Small · Other");
    }

    [Fact]
    public void Column_segments_keep_a_level_called_unknown_apart_from_missing_values()
    {
        var data = new SegmentationData(new CustomerTable("c.csv", ["a", "b"], [CategoricalColumn.FromValues("region", ["Unknown", null])]));
        var seg = new ColumnSegmenter("region").Fit(data).Assign(data);
        seg.SegmentIds.Should().Equal("unknown_", "unknown");
    }

    [Fact]
    public void Cross_needs_two_parts()
    {
        var act = () => new CrossSegmenter(new CrossOptions { Parts = [new ColumnSegmenter("industry")] });
        act.Should().Throw<ConfigurationException>().WithMessage("cross.parts: crossing needs at least two segmentations. Fix: list two or more parts");
    }
}
