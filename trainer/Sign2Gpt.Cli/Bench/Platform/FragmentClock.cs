using System.Buffers.Binary;

namespace Sign2Gpt.Cli.Bench.Platform;

/// <summary>
/// How much video a fragmented MP4 byte stream has delivered so far: it follows the top-level boxes across chunk
/// boundaries and counts the frames of each fragment (the sample counts of its <c>moof</c>'s <c>trun</c> boxes) once
/// the fragment's <c>mdat</c> is complete, which is when a decoder can show them.
/// </summary>
internal sealed class FragmentClock(double fps)
{
    private const int HeaderBytes = 8;
    private const int LargeHeaderBytes = 16;

    private readonly byte[] _header = new byte[LargeHeaderBytes];
    private int _headerFilled;
    private bool _inBody;
    private long _remaining;
    private string _type = "";
    private MemoryStream? _moof;
    private int _fragmentFrames;

    public int Frames { get; private set; }

    public double Seconds => Frames / fps;

    /// <summary>Takes the next bytes of the stream; returns the seconds of video complete after them.</summary>
    public double Add(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (!_inBody)
            {
                var wanted = _headerFilled >= HeaderBytes && BinaryPrimitives.ReadUInt32BigEndian(_header) == 1 ? LargeHeaderBytes : HeaderBytes;
                var take = Math.Min(wanted - _headerFilled, data.Length);
                data[..take].CopyTo(_header.AsSpan(_headerFilled));
                _headerFilled += take;
                data = data[take..];
                if (_headerFilled == HeaderBytes && BinaryPrimitives.ReadUInt32BigEndian(_header) == 1)
                {
                    continue;
                }

                if (_headerFilled == wanted)
                {
                    BeginBox();
                }

                continue;
            }

            var body = (int)Math.Min(_remaining, data.Length);
            _moof?.Write(data[..body]);
            _remaining -= body;
            data = data[body..];
            if (_remaining == 0)
            {
                EndBox();
            }
        }

        return Seconds;
    }

    private void BeginBox()
    {
        var size = (long)BinaryPrimitives.ReadUInt32BigEndian(_header);
        _type = System.Text.Encoding.ASCII.GetString(_header, 4, 4);
        // Size 0 runs to the end of the stream (never in fragmented output); size 1 is the 64-bit form.
        _remaining = size switch
        {
            0 => long.MaxValue,
            1 => (long)BinaryPrimitives.ReadUInt64BigEndian(_header.AsSpan(HeaderBytes)) - LargeHeaderBytes,
            _ => size - HeaderBytes,
        };
        _inBody = true;
        _moof = _type == "moof" ? new MemoryStream() : null;
        if (_remaining == 0)
        {
            EndBox();
        }
    }

    private void EndBox()
    {
        if (_moof is not null)
        {
            _fragmentFrames = SampleCount(_moof.ToArray());
        }
        else if (_type == "mdat")
        {
            Frames += _fragmentFrames;
            _fragmentFrames = 0;
        }

        _moof = null;
        _inBody = false;
        _headerFilled = 0;
    }

    /// <summary>Frames in a <c>moof</c>'s body: the sample counts of every <c>trun</c> of every <c>traf</c>.</summary>
    private static int SampleCount(ReadOnlySpan<byte> boxes)
    {
        var count = 0;
        while (boxes.Length >= HeaderBytes)
        {
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(boxes);
            if (size < HeaderBytes || size > boxes.Length)
            {
                break;
            }

            var type = System.Text.Encoding.ASCII.GetString(boxes.Slice(4, 4));
            var body = boxes[HeaderBytes..size];
            if (type == "traf")
            {
                count += SampleCount(body);
            }
            else if (type == "trun" && body.Length >= 8)
            {
                // A full box: version and flags, then the sample count.
                count += (int)BinaryPrimitives.ReadUInt32BigEndian(body[4..]);
            }

            boxes = boxes[size..];
        }

        return count;
    }
}
