using SegmentationKit.Profiling;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Writes <c>profile.json</c> next to every <c>segkit segment</c> result: the
/// <see cref="PortfolioProfile"/> of the segmentation on the same customers, transactions and as-of
/// date (default profile settings, which the file records; the --playbook file's plays when given).</summary>
public sealed class ProfileOutputWriter : ISegmentOutputWriter
{
    public string FileName => "profile.json";

    public void Write(string path, Segmentation segmentation, SegmentRunContext context)
    {
        var profile = CliProgress.Run(progress => new SegmentProfiler(playbook: context.Playbook).Profile(segmentation, context.Data, progress: progress));
        context.Profile = profile;
        File.WriteAllText(path, profile.ToJson(), new System.Text.UTF8Encoding(false));
    }
}
