# 西北建设 magazine site: news portal of the 《西北建设》 magazine.
id: xbjs
description: 西北建设 magazine site (西北建设网, 西北建设杂志社)
marker: 西北建设杂志社编印出版
marker: 西北建设网是《西北建设》杂志社的新闻门户网站
marker: 西北建设杂志社客服
# the masthead and footer columns of the template
boilerplate: ^杂志社公告\s*投稿来信$
boilerplate: ^中国国际出版社主办
boilerplate: ^(新闻动态|公益明星|榜样人物|草根故事|热门标签|关于我们|版权声明|交流与合作)$
boilerplate: ^西北建设网是
boilerplate: ^关于杂志\s+关于网站
# the page is the magazine's own publication when it names no other source
source: 西北建设杂志社
