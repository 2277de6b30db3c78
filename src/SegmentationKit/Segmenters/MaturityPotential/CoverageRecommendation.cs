namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>How customer success covers a segment: touch level, the expertise the CSM leads
/// with, the CSM profile and the recommended actions.</summary>
public sealed record CoverageRecommendation(TouchLevel Touch, Expertise Expertise, CsmProfile Profile, IReadOnlyList<string> Actions)
{
    /// <summary>Readable form, e.g. "High-touch, Business expertise, Senior expert CSM".</summary>
    public string Describe() => $"{Touch}-touch, {Expertise} expertise, {ProfileName(Profile)} CSM";

    public static string ProfileName(CsmProfile profile) => profile switch
    {
        CsmProfile.Growth => "Growth",
        CsmProfile.Junior => "Junior",
        CsmProfile.SeniorExpert => "Senior expert",
        _ => "Consultant",
    };

    public bool Equals(CoverageRecommendation? other) =>
        other is not null && Touch == other.Touch && Expertise == other.Expertise && Profile == other.Profile && Actions.SequenceEqual(other.Actions);

    public override int GetHashCode() => HashCode.Combine(Touch, Expertise, Profile, Actions.Count);
}
