using SegmentationKit.IO;

namespace SegmentationKit.Cli.Infrastructure;

/// <summary>Writes <c>model.json</c>, the fitted model itself, next to every result whose model the
/// kit can save (rules, rfm, value, maturity, lifecycle and the clusterings), so <c>segkit sql</c> can compile
/// it for a database without the data.</summary>
public sealed class ModelOutputWriter : ISegmentOutputWriter
{
    public string FileName => ModelFile.FileName;

    public bool Applies(Segmentation segmentation, SegmentRunContext context) =>
        context.FittedModel is { } model && ModelFile.CanSave(model);

    public void Write(string path, Segmentation segmentation, SegmentRunContext context) =>
        File.WriteAllText(path, ModelFile.Write(context.FittedModel!, context.Loaded.Customers, context.Loaded.Transactions is not null), new System.Text.UTF8Encoding(false));
}
