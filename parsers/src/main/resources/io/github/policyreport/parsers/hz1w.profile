# 汉中第一网: a Discuz portal page (发布者 | 查看 | 评论 | 来自 line, reaction widgets).
id: hz1w
description: 汉中第一网 portal articles
marker: 汉中第一网 首页
marker: 汉中第一网
boilerplate: ^汉中第一网$
boilerplate: ^搜索$
boilerplate: ^汉中第一网 首页
boilerplate: ^(文热点|读排行|返回顶部)$
