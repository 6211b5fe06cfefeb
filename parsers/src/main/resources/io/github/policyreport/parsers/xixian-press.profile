# Press-conference transcripts about the 西咸新区, often served in Traditional script.
id: xixian-press
description: 西咸新区 press-conference transcripts (发布环节 / 记者提问环节)
host: xixianxinqu.gov.cn
marker: 發布環節
marker: 发布环节
marker: 記者提問環節
marker: 记者提问环节
marker: 西咸新區管委會
marker: 西咸新区管委会
boilerplate: ^(以下是網友留言|以下是网友留言)[::]?$
