using SegmentationKit.Errors;
using SegmentationKit.Profiling;
using SegmentationKit.Profiling.Playbook;
using SegmentationKit.Segmenters.Configuration;

namespace SegmentationKit.Tests.Profiling;

/// <summary>The default playbook gives each kind of segment the play that fits it, and a YAML file
/// can change it.</summary>
public class PlaybookTests
{
    private static readonly PortfolioProfile Sample = ProfileSamples.Portfolio();

    [Theory]
    [InlineData("high", "high", false, false, "normal", "win_back_high_value")]   // valuable and leaving: save them
    [InlineData("high", "high", true, false, "normal", "win_back_high_value")]
    [InlineData("low", "high", true, false, "normal", "win_back_lapsed")]        // mostly gone: win back, cheaply
    [InlineData("mid", "high", false, false, "low", "reduce_churn")]
    [InlineData("mid", "normal", false, true, "normal", "onboard_new")]
    [InlineData("high", "low", false, false, "high", "protect_and_expand")]      // champions: senior coverage, advocacy
    [InlineData("mid", "normal", false, false, "low", "drive_adoption")]
    [InlineData("low", "normal", false, false, "high", "grow_engaged")]
    [InlineData("low", "low", false, false, "normal", "serve_efficiently")]
    [InlineData("mid", "normal", false, false, "normal", "maintain")]
    public void Each_situation_gets_the_play_that_fits_it(string value, string risk, bool lapsed, bool isNew, string engagement, string play) =>
        Playbook.Default.Choose(new SegmentSituation(value, risk, lapsed, isNew, engagement))!.Id.Should().Be(play);

    [Fact]
    public void Sample_segments_are_read_from_their_figures()
    {
        // Small: mean ARR 7200 / 3 = 2400 against 318000 / 11 ≈ 28,909 (0.08×: low), churn 75 % (1.8×:
        // high, and at least half gone: lapsed). Key: 66,000 (2.3×: high), churn 25 % (0.6×: low).
        SegmentSituation.Of(Sample.Segment("small"), Sample.Base).Should().Be(new SegmentSituation("low", "high", true, false, "normal"));
        Sample.Segment("small").Play!.PlayId.Should().Be("win_back_lapsed");
        Sample.Segment("small").Play!.Situation.En.Should().Be("value low, churn risk high, mostly gone");
        SegmentSituation.Of(Sample.Segment("key"), Sample.Base).Value.Should().Be("high");
        Sample.Segment("key").Play!.PlayId.Should().Be("protect_and_expand");
        Sample.Segment("key").Play!.Actions[0].En.Should().StartWith("Senior CSM");
    }

    [Fact]
    public void A_coverage_cell_that_fits_under_half_the_segment_or_sits_below_the_plays_touch_is_flagged()
    {
        var play = Playbook.Default.Plays.Single(p => p.Id == "protect_and_expand");
        var situation = new SegmentSituation("high", "low", false, false, "normal");
        var profile = Sample.Segment("key");
        PlayRecommendation For(CoverageRecommendation c) => Playbook.Default.Recommend(profile with { Coverage = c }, Sample.Base)!;

        For(new("Low", "Product", "Junior", [], 1, 0.35)).CoverageNote!.En.Should()
            .Be("The coverage model splits this segment: its most common cell (Low touch, Junior CSM) fits only 35% of the customers, so set coverage account by account.");
        For(new("Low", "Product", "Junior", [], 4, 1)).CoverageNote!.En.Should()
            .StartWith("The coverage model puts most of this segment in Low touch, Junior CSM, below the High touch this play calls for");
        For(new("High", "Business", "Senior expert", [], 4, 1)).CoverageNote.Should().BeNull();
        play.When.Matches(situation).Should().BeTrue();
    }

    [Fact]
    public void A_playbook_file_replaces_plays_by_id_and_tries_its_own_first()
    {
        var book = Playbook.FromConfig(ConfigNode.Parse("""
            plays:
              - id: maintain
                name: Keep warm
                actions: [Monthly newsletter]
              - id: vip
                name: { en: VIP programme, fr: Programme VIP }
                when: { value: high, risk: [low, normal] }
                actions:
                  - { en: Invite to the VIP day, fr: Inviter à la journée VIP }
                min_touch: high
            """, "playbook.yaml"));

        book.Plays[0].Id.Should().Be("vip");
        book.Plays[^1].Name.En.Should().Be("Keep warm");
        book.Plays.Should().HaveCount(Playbook.Default.Plays.Count + 1);
        book.Choose(new SegmentSituation("high", "low", false, false, "normal"))!.Actions[0].Fr.Should().Be("Inviter à la journée VIP");
        book.Plays[0].MinTouch.Should().Be("High");

        var only = Playbook.FromConfig(ConfigNode.Parse("defaults: false\nplays:\n  - { id: a, name: A, actions: [x], when: { new: true } }\n"));
        only.Plays.Should().ContainSingle();
        only.Choose(new SegmentSituation("mid", "normal", false, false, "normal")).Should().BeNull();
    }

    [Fact]
    public void A_playbook_file_with_an_unknown_level_names_the_key_and_the_levels()
    {
        var act = () => Playbook.FromConfig(ConfigNode.Parse("plays:\n  - { id: a, name: A, actions: [x], when: { value: huge } }\n", "playbook.yaml"));
        act.Should().Throw<ConfigurationException>().WithMessage("*'huge' is not a level here*high, mid, low*");
    }
}
