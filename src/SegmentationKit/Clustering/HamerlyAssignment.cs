using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>Hamerly's assignment ("Making k-means even faster", SDM 2010). Per row, an upper bound on
/// the distance to its centre and a lower bound on the distance to any other centre; a row is skipped
/// when its upper bound is below both the lower bound and half the distance from its centre to the
/// nearest other centre, since then no other centre can be closer. Otherwise the upper bound is made
/// exact and, if still needed, the row is compared with every centre exactly as Lloyd does (squared
/// distances, ties to the lower cluster). Bounds are widened by a relative 1e-9 so that rounding can
/// only cause an extra exact check, never a wrong skip.</summary>
internal sealed class HamerlyAssignment : IAssignmentStep
{
    private const double Slack = 1e-9;
    private readonly FeatureMatrix _x;
    private readonly int _k;
    private readonly double[] _upper;
    private readonly double[] _lower;
    private readonly double[] _halfGap;

    public HamerlyAssignment(FeatureMatrix x, int k)
    {
        _x = x;
        _k = k;
        _upper = new double[x.Rows];
        _lower = new double[x.Rows];
        _halfGap = new double[k];
        Array.Fill(_upper, double.PositiveInfinity);
    }

    public void Prepare(double[] centres)
    {
        int d = _x.Columns;
        for (var c = 0; c < _k; c++)
        {
            var nearest = double.PositiveInfinity;
            for (var o = 0; o < _k; o++)
                if (o != c) nearest = Math.Min(nearest, LloydSteps.SquaredDistance(centres.AsSpan(c * d, d), centres.AsSpan(o * d, d)));
            _halfGap[c] = _k == 1 ? double.PositiveInfinity : 0.5 * Math.Sqrt(nearest);
        }
    }

    public void Assign(double[] centres, int[] labels, double[] distances, int start, int end)
    {
        int d = _x.Columns;
        var values = _x.Values;
        for (var i = start; i < end; i++)
        {
            var a = labels[i];
            var bound = Math.Max(_halfGap[a], _lower[i]) * (1 - Slack);
            if (_upper[i] <= bound) continue;
            var row = values.AsSpan(i * d, d);
            _upper[i] = Math.Sqrt(LloydSteps.SquaredDistance(row, centres.AsSpan(a * d, d))) * (1 + Slack);
            if (_upper[i] <= bound) continue;
            var best = 0;
            double bestDistance = double.PositiveInfinity, second = double.PositiveInfinity;
            for (var c = 0; c < _k; c++)
            {
                var dist = LloydSteps.SquaredDistance(row, centres.AsSpan(c * d, d));
                if (dist < bestDistance) { second = bestDistance; bestDistance = dist; best = c; }
                else if (dist < second) second = dist;
            }
            labels[i] = best;
            distances[i] = bestDistance;
            _upper[i] = Math.Sqrt(bestDistance) * (1 + Slack);
            _lower[i] = Math.Sqrt(second) * (1 - Slack);
        }
    }

    public void ExactDistances(double[] centres, int[] labels, double[] distances)
    {
        int d = _x.Columns;
        for (var i = 0; i < _x.Rows; i++) distances[i] = LloydSteps.SquaredDistance(_x.Row(i), centres.AsSpan(labels[i] * d, d));
    }

    public void Forget(IEnumerable<int> rows)
    {
        foreach (var i in rows) { _upper[i] = double.PositiveInfinity; _lower[i] = 0; }
    }

    public void Moved(double[] before, double[] after, int[] labels)
    {
        int d = _x.Columns;
        var moved = new double[_k];
        var farthest = 0;
        for (var c = 0; c < _k; c++)
        {
            moved[c] = Math.Sqrt(LloydSteps.SquaredDistance(before.AsSpan(c * d, d), after.AsSpan(c * d, d)));
            if (moved[c] > moved[farthest]) farthest = c;
        }
        var secondMove = 0.0;
        for (var c = 0; c < _k; c++) if (c != farthest) secondMove = Math.Max(secondMove, moved[c]);
        // A row's centre moved by moved[a]; any other centre by at most the largest other move.
        for (var i = 0; i < labels.Length; i++)
        {
            _upper[i] = (_upper[i] + moved[labels[i]]) * (1 + Slack);
            _lower[i] = (_lower[i] - (labels[i] == farthest ? secondMove : moved[farthest])) * (1 - Slack);
        }
    }
}
