# 科技部 (most.gov.cn) local-news pages: 日期 / 来源 lines above the body.
id: most
description: 科技部 (MOST) local science-and-technology news
host: most.gov.cn
marker: 扫一扫在手机打开当前页
marker: 来源:科技部
boilerplate: ^扫一扫在手机打开当前页$
