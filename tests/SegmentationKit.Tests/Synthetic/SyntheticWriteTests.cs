using SegmentationKit.Synthetic;

namespace SegmentationKit.Tests.Synthetic;

public class SyntheticWriteTests
{
    [Fact]
    public void A_write_error_in_the_middle_of_the_run_reaches_the_caller()
    {
        // 20,000 customers are several waves of chunks, so the failure happens in the background writer.
        var options = new SyntheticOptions { Customers = 20_000, Seed = 1 };
        using var customers = new DiskFullAfter(100_000);
        var act = () => SyntheticBase.Write(options, customers, Stream.Null, Stream.Null);
        act.Should().Throw<IOException>().WithMessage("disk full after 100000 bytes");
        // The header went through; the first chunk (4,096 customers, ~550 kB) did not.
        customers.Length.Should().Be(string.Join(',', SyntheticBase.CustomerFileColumns).Length + 1);
    }

    /// <summary>A write-only stream that accepts a fixed number of bytes, then fails like a full disk.</summary>
    private sealed class DiskFullAfter(long capacity) : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (_length + buffer.Length > capacity) throw new IOException($"disk full after {capacity} bytes");
            _length += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
