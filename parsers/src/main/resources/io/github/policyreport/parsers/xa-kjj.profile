# 西安市科学技术局 news pages (要闻浏览), reprinting 西安新闻网 and others.
id: xa-kjj
description: 西安市科学技术局 news pages (要闻浏览)
host: kjj.xa.gov.cn
marker: 首页  >  新闻中心  >  要闻浏览
marker: 【我们尊重原创,也注重分享。版权原作者所有
boilerplate: ^要闻浏览$
boilerplate: ^(Baidu|map)$
