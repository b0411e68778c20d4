using Site.Publishing.Views;

namespace Site.Publishing.Tests.Views;

/// <summary>Names as a reader looks them up: in pinyin order, the same on every machine.</summary>
public class NameOrderTests
{
    [Fact]
    public void Common_names_sort_by_the_pinyin_of_their_characters()
    {
        string[] names = ["胡佳英", "林旭东", "吴慧婷", "陈明远", "荣怡婷", "纪海云", "黄雨欣", "曹金凤", "王强", "张凤"];
        Assert.Equal(["曹金凤", "陈明远", "胡佳英", "黄雨欣", "纪海云", "林旭东", "荣怡婷", "王强", "吴慧婷", "张凤"],
            names.Order(NameOrder.Pinyin));
    }

    [Fact]
    public void A_shorter_name_comes_before_a_longer_one_it_begins_and_rare_characters_come_after_common_ones()
    {
        Assert.Equal(["张凤", "张凤超", "迺勇瑶"], new[] { "迺勇瑶", "张凤超", "张凤" }.Order(NameOrder.Pinyin));
        Assert.True(NameOrder.Pinyin.Compare("倪颖", "倪雨伦") < 0);   // ying before yu, whatever the length
    }
}
