namespace SegmentationKit.Reports.Layout;

/// <summary>A rectangle something was drawn in (points, origin top left), with the box it had to stay
/// inside, so tests can prove nothing overflows.</summary>
/// <param name="Page">Page index, 0-based.</param>
/// <param name="What">What was drawn (text, tile, bar…), for messages.</param>
public sealed record DrawnBox(int Page, string What, double X, double Y, double Width, double Height,
    double LimitX, double LimitY, double LimitWidth, double LimitHeight)
{
    /// <summary>True when the drawn rectangle lies inside its limit (0.01 pt tolerance for rounding).</summary>
    public bool IsInsideLimit =>
        X >= LimitX - 0.01 && Y >= LimitY - 0.01 && X + Width <= LimitX + LimitWidth + 0.01 && Y + Height <= LimitY + LimitHeight + 0.01;
}
