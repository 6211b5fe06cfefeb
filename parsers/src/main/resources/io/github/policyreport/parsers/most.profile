# 科技部 (most.gov.cn) local-news pages: 日期 / 来源 lines above the body.
id: most
description: 科技部 (MOST) local science-and-technology news
host: most.gov.cn
# 扫一扫在手机打开当前页 and 来源:科技部 are each shared with many government CMSs and reprints;
# only together are they this template
marker: 扫一扫在手机打开当前页 && 来源:科技部
boilerplate: ^扫一扫在手机打开当前页$
