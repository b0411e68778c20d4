using System.Text;
using Site.Publishing.Imaging;

namespace Site.Publishing.Tests.Imaging;

public sealed class PpmTests
{
    private static byte[] File(string header, int pixels) => [.. Encoding.ASCII.GetBytes(header), .. new byte[pixels * 3]];

    private static Ppm Whole(byte[] file) => Ppm.Read(file, file.Length);

    [Fact]
    public void Reads_the_size_and_where_the_pixels_start()
    {
        Assert.Equal(new Ppm(4, 3, 11), Whole(File("P6\n4 3\n255\n", 12)));
    }

    [Fact]
    public void Skips_comments_and_any_whitespace_in_the_header()
    {
        Assert.Equal(new Ppm(2, 1, 26), Whole(File("P6 # by pdftoppm\n2\t1\r\n255\n", 2)));
    }

    [Fact]
    public void Refuses_what_is_not_an_8_bit_binary_ppm_or_is_cut_short()
    {
        Assert.Throws<InvalidDataException>(() => Whole(File("P5\n4 3\n255\n", 12)));
        Assert.Throws<InvalidDataException>(() => Whole(File("P6\n4 3\n65535\n", 24)));
        Assert.Throws<InvalidDataException>(() => Whole(File("P6\n4 3\n255\n", 11)));
        Assert.Throws<InvalidDataException>(() => Whole(File("P6\n4\n", 0)));
    }
}
