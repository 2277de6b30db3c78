using PdfSharp.Drawing;

namespace SegmentationKit.Reports.Layout;

/// <summary>A table column: header, relative width, alignment.</summary>
public sealed record TableColumn(string Header, double Weight, XStringAlignment Align = XStringAlignment.Far);
