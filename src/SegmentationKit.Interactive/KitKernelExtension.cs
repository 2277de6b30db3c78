using Microsoft.DotNet.Interactive;

namespace SegmentationKit.Interactive;

/// <summary>Run by .NET Interactive when <c>#r "nuget: SegmentationKit.Interactive"</c> loads the
/// package: registers the kit's display formatters (<see cref="KitFormatters"/>).</summary>
public sealed class KitKernelExtension : IKernelExtension
{
    public Task OnLoadAsync(Kernel kernel)
    {
        var registered = KitFormatters.Register();
        KernelInvocationContext.Current?.DisplayAs(
            $"SegmentationKit {KitInfo.Version}: {registered} result types display as tables and charts.", "text/markdown");
        return Task.CompletedTask;
    }
}
