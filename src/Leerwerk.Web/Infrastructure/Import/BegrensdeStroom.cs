namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// A read-only stream over one unpacked zip part that counts the bytes actually inflated against the budget of the
/// whole workbook, and stops with <see cref="XlsxGrensException"/> the moment it is spent: the size a zip declares
/// for a part is not checked by the inflater, so only counting what comes out holds a zip bomb.
/// </summary>
internal sealed class BegrensdeStroom(Stream inner, XlsxPakket pakket) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Tel(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Tel(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Tel(await inner.ReadAsync(buffer, cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Tel(int read)
    {
        pakket.Verbruik(read);
        return read;
    }
}
