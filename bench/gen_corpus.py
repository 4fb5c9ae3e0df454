#!/usr/bin/env python3
"""Generates the benchmark corpus: the same bilingual pages as a Folio project and a Hugo site.

    python3 bench/gen_corpus.py --pages 1000 --out /tmp/corpus [--seed 2023] [--check-nav]

writes /tmp/corpus/folio/ (folio.yaml, content/{zh,en}/*.md, content/data/rows.yaml,
schemas/rows.schema.json) and /tmp/corpus/hugo/ (config.toml, content/{zh,en}/*.md,
data/rows.yaml, a minimal layout, and the navigation partial in three themes, built with
`hugo --theme NAME`: nav-none, nav-cached, nav-uncached). The output depends only on --pages
and --seed. --check-nav also builds the Hugo site with nav-cached and with nav-uncached and
compares the two outputs byte for byte.

Each language gets pages/2 pages: index.md (the home page) and p00001.md ..., grouped in
sections (folders) of SECTION pages: s001/p00001.md ... s001/p00050.md, s002/p00051.md ...
Each page has about 600 words of mixed English and Chinese text (a Chinese word counts as one
word), three `## ` headings, a bulleted list, a GFM table and a link to the next page (the last
page links back to `index.md`). p00001.md also shows the 200-row data file as a table: in Folio
with a ```table rows``` embed, in Hugo with the `rows` shortcode over data/rows.yaml.

Both sites have the same navigation, the one Folio's theme gives (dev.folio.render.Navigation):
the home page and the sections in reading order, each section as a link to its first page and
only the current one expanded; at most NAV_MAX entries and NAV_MAX pages of the current section,
a window around the current one, with links to the contents page (`contents/`, every page) for
the rest. The Hugo site gets each section's `_index.md` (title and weight) and a `contents.md`.
Hugo's navigation partial comes in three variants (themes): none at all, cached as a Hugo user
would write it (partialCached for what depends only on the language and the open section), and
uncached, as first written (everything recomputed for every page); see HUGO_THEMES.
"""

import argparse
import filecmp
import json
import os
import random
import shutil
import subprocess
import sys

LANGS = ("zh", "en")
ROWS = 200
SECTION = 50   # pages per section (folder)
NAV_MAX = 20   # as Navigation.MAX_ENTRIES and MAX_PAGES in Folio

EN_WORDS = """
model data training inference token parameter layer attention transformer network cluster
server memory bandwidth latency throughput batch sequence context window prompt answer
language vision speech image video search engine cloud service platform market company
industry revenue cost price capital investment growth adoption user customer product feature
release version benchmark score accuracy error correction estimate forecast scenario analysis
report table chart figure source reference method result evidence research paper team lab
chip accelerator compute power energy efficiency scale speed quality safety alignment feedback
reward policy agent tool plugin application interface developer ecosystem community open
closed weight dataset corpus label annotation review editor translation summary question
reason step plan goal value risk limit trend cycle phase stage period year month quarter
global regional local early late new old large small fast slow high low public private
strong weak simple complex direct indirect careful rapid steady modest notable visible
""".split()

EN_VERBS = """
improves reduces measures shows explains supports limits changes drives follows enables
requires raises lowers tracks compares builds trains serves answers predicts describes
""".split()

ZH_WORDS = """
模型 数据 训练 推理 参数 算力 芯片 服务器 内存 带宽 延迟 吞吐 批量 序列 上下文 提示 回答
语言 视觉 语音 图像 视频 搜索 引擎 云端 服务 平台 市场 公司 产业 收入 成本 价格 资本 投资
增长 普及 用户 客户 产品 功能 发布 版本 评测 得分 准确率 误差 勘误 估计 预测 情景 分析 报告
表格 图表 来源 引用 方法 结果 证据 研究 论文 团队 实验室 加速器 能耗 效率 规模 速度 质量 安全
对齐 反馈 奖励 策略 智能体 工具 插件 应用 接口 开发者 生态 社区 开源 权重 数据集 语料 标注
审阅 编辑 翻译 摘要 问题 推理链 步骤 计划 目标 价值 风险 限制 趋势 周期 阶段 年度 季度 全球
区域 本地 早期 后期 大型 小型 快速 稳定 显著 持续 逐步 明显 重要 主要 关键 核心 领先 新兴
""".split()

ZH_VERBS = "提升 降低 衡量 显示 解释 支持 限制 改变 推动 跟随 促进 需要 提高 追踪 比较 构建 训练 服务 预测 描述".split()

ZH_JOINERS = "的 和 与 在 对 把 将 从 为 了".split()

MIXED_TERMS = "GPT-3 ChatGPT GPU TPU API RLHF Transformer LLaMA A100 H100 AIGC SaaS".split()


def en_sentence(rng, lo=8, hi=16):
    n = rng.randint(lo, hi)
    words = []
    for k in range(n):
        if k == 2:
            words.append(rng.choice(EN_VERBS))
        elif rng.random() < 0.06:
            words.append(rng.choice(MIXED_TERMS))
        else:
            words.append(rng.choice(EN_WORDS))
    words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words) + ".", n


def zh_sentence(rng, lo=8, hi=16):
    n = rng.randint(lo, hi)
    parts = []
    for k in range(n):
        if k == 2:
            parts.append(rng.choice(ZH_VERBS))
        elif rng.random() < 0.08:
            parts.append(" " + rng.choice(MIXED_TERMS) + " ")
        else:
            parts.append(rng.choice(ZH_WORDS))
        if k % 3 == 1 and k < n - 1:
            parts.append(rng.choice(ZH_JOINERS))
    return "".join(parts).strip().replace("  ", " ") + "。", n


class Writer:
    """Text for one page of one language: mostly that language, with the other mixed in."""

    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.words = 0

    def sentence(self, lo=8, hi=16):
        own = self.rng.random() < 0.7
        zh = (self.lang == "zh") == own
        text, n = (zh_sentence if zh else en_sentence)(self.rng, lo, hi)
        self.words += n
        return text

    def paragraph(self, sentences):
        text = ""
        for _ in range(sentences):
            s = self.sentence()
            # Chinese sentences join without a space; English ones are set apart by one.
            if text and (self.lang == "en" or s[0].isascii() or text[-1] == "."):
                text += " "
            text += s
        return text

    def phrase(self, n):
        self.words += n
        if self.lang == "zh":
            return "".join(self.rng.choice(ZH_WORDS) for _ in range(n))
        return " ".join(self.rng.choice(EN_WORDS) for _ in range(n)).capitalize()


def page_name(i):
    return "index" if i == 0 else "p%05d" % i


def section_of(i):
    """The folder of page i (None for the home page)."""
    return None if i == 0 else "s%03d" % ((i - 1) // SECTION + 1)


def page_path(i):
    """Page i's file within its language's folder, without .md: s001/p00001."""
    return page_name(i) if i == 0 else section_of(i) + "/" + page_name(i)


def link_to(i, j):
    """The relative link from page i's file to page j's."""
    here = section_of(i)
    there = page_path(j) + ".md"
    return there if here is None else os.path.relpath(there, here).replace(os.sep, "/")


def page_title(lang, i, rng):
    if i == 0:
        return "基准测试首页" if lang == "zh" else "Benchmark home"
    words = Writer(rng, lang).phrase(3)
    return ("第 %d 页：%s" % (i, words)) if lang == "zh" else ("Page %d: %s" % (i, words))


def page_body(lang, i, count, titles, rng, table_embed):
    """The Markdown body (without front matter) of page i of a language with count pages."""
    w = Writer(rng, lang)
    out = [w.paragraph(6), ""]
    labels = (("指标", "数值", "说明") if lang == "zh" else ("Metric", "Value", "Note"))
    for h in range(1, 4):
        out += ["## %d. %s" % (h, w.phrase(3)), "", w.paragraph(7), ""]
        if h == 1:
            for _ in range(5):
                out.append("- " + w.sentence(5, 10))
            out += ["", w.paragraph(5), ""]
        elif h == 2:
            out += ["| %s | %s | %s |" % labels, "|:--|--:|:--|"]
            for _ in range(5):
                out.append("| %s | %s | %s |" % (w.phrase(2), "{:,}".format(rng.randint(1, 10**6)),
                                                 w.phrase(4)))
            out += ["", w.paragraph(4), ""]
            if i == 1:
                out += [table_embed, ""]
        else:
            out += [w.paragraph(7), ""]
    nxt = (i + 1) % count
    label = ("下一页：" if lang == "zh" else "Next: ") + titles[nxt]
    out.append("[%s](%s)" % (label, link_to(i, nxt)))
    return "\n".join(out) + "\n", w.words


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a YAML string


def rows_data(rng):
    kinds = ("alpha", "beta", "gamma")
    rows = []
    for r in range(1, ROWS + 1):
        rows.append({
            "id": "row-%03d" % r,
            "name": "%s-%03d" % (rng.choice(EN_WORDS), r),
            "value": round(rng.uniform(1, 100000), 2),
            "share": round(rng.random(), 4),
            "date": "%04d-%02d-%02d" % (rng.randint(2018, 2023), rng.randint(1, 12),
                                        rng.randint(1, 28)),
            "kind": rng.choice(kinds),
        })
    return rows


FOLIO_YAML = """\
# Generated by bench/gen_corpus.py: a benchmark corpus of {pages} pages.
title: {{zh: 基准测试站点, en: Benchmark site}}
description: {{zh: 生成的基准测试语料, en: A generated benchmark corpus}}
languages:
  - {{code: zh-CN, folder: zh, name: 中文}}
  - {{code: en, folder: en, name: English, locale: en-GB}}
defaultLanguage: zh
report:
  title: {{zh: 基准测试报告, en: Benchmark report}}
  series: {{zh: 基准系列, en: Benchmark series}}
  authors:
    - name: {{zh: 作者甲, en: Author A}}
      role: {{zh: 研究员, en: Analyst}}
  institution: {{zh: 基准研究所, en: Benchmark Institute}}
  date: 2023-03-01
# Web pages only, as Hugo builds them: no PDF edition (this report's would be one PDF of every
# page), no chart images or share cards (docs/publishing.md).
publication: {{pdf: false, images: false}}
"""

ROWS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$ref": "data-file.schema.json",
    "unevaluatedProperties": False,
    "properties": {
        "rows": {
            "items": {
                "type": "object",
                "$ref": "data-file.schema.json#/$defs/rowBase",
                "required": ["id", "name", "value", "share", "date", "kind"],
                "unevaluatedProperties": False,
                "properties": {
                    "name": {"type": "string"},
                    "value": {"type": "number"},
                    "share": {"type": "number", "minimum": 0, "maximum": 1},
                    "date": {"$ref": "data-file.schema.json#/$defs/date"},
                    "kind": {"type": "string"},
                },
            }
        }
    },
}


def folio_rows_yaml(rows):
    out = [
        "# yaml-language-server: $schema=../../schemas/rows.schema.json",
        "title: {zh: 基准数据表, en: Benchmark rows}",
        "provenance:",
        "  sources:",
        "    - name: {zh: 生成的数据, en: Generated data}",
        "  asOf: 2023-03-01",
        "columns:",
        "  - key: name",
        "    label: {zh: 名称, en: Name}",
        "  - key: value",
        "    label: {zh: 数值, en: Value}",
        "    format: number",
        "  - key: share",
        "    label: {zh: 占比, en: Share}",
        "    format: percent",
        "  - key: date",
        "    label: {zh: 日期, en: Date}",
        "    format: date",
        "  - key: kind",
        "    label: {zh: 类别, en: Kind}",
        "    values:",
        "      alpha: {zh: 甲, en: Alpha}",
        "      beta: {zh: 乙, en: Beta}",
        "      gamma: {zh: 丙, en: Gamma}",
        "rows:",
    ]
    for r in rows:
        out += ["  - id: %s" % r["id"], "    name: %s" % yaml_str(r["name"]),
                "    value: %s" % r["value"], "    share: %s" % r["share"],
                "    date: %s" % r["date"], "    kind: %s" % r["kind"]]
    return "\n".join(out) + "\n"


def hugo_rows_yaml(rows):
    out = ["rows:"]
    for r in rows:
        out += ["  - id: %s" % r["id"], "    name: %s" % yaml_str(r["name"]),
                "    value: %s" % r["value"], "    share: %s" % r["share"],
                "    date: \"%s\"" % r["date"], "    kind: %s" % r["kind"]]
    return "\n".join(out) + "\n"


HUGO_CONFIG = """\
# Generated by bench/gen_corpus.py: the Hugo twin of the Folio benchmark corpus.
baseURL = "/"
title = "Benchmark site"
defaultContentLanguage = "zh"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = true
# The navigation partial is a theme's (themes/nav-none, nav-cached, nav-uncached); bench/run
# picks each with `hugo --theme NAME`, this is the default of a plain `hugo`.
theme = "nav-cached"

[languages.zh]
languageCode = "zh-CN"
languageName = "中文"
title = "基准测试站点"
contentDir = "content/zh"
weight = 1

[languages.en]
languageCode = "en-GB"
languageName = "English"
title = "Benchmark site"
contentDir = "content/en"
weight = 2

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if .IsHome }}{{ .Site.Title }}{{ else }}{{ .Title }} · {{ .Site.Title }}{{ end }}</title>
{{ range .Translations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .RelPermalink }}">
{{ end }}</head>
<body>
<header class="site-header">
  <a class="site-title" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
  {{ range .Translations }}<a class="lang-switch" href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}
</header>
<div class="layout">
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<nav class="site-nav" id="site-nav" aria-label="{{ if eq .Site.Language.Lang "zh" }}章节{{ else }}Sections{{ end }}">
{{ partial "nav.html" . }}
</nav>
</div>
</body>
</html>
"""

# Folio's navigation (dev.folio.render.Navigation) in Hugo's templates: entries are the home
# page and the sections; a window of at most NAV_MAX entries around the current one, the
# current section expanded with a window of at most NAV_MAX of its other pages, and links to
# the contents page for what is left out. Three variants, each a Hugo theme of its own
# (themes/NAME/layouts/partials/nav.html), picked with `hugo --theme NAME`:
#
# - nav-uncached: the partial as first written, recomputing everything for every page (the
#   section window, the counts before and after it, each listed section's sorted pages);
# - nav-cached: the same HTML, byte for byte, as a Hugo user would write it: what depends only
#   on the language and the open section (the entry window, the counts, the sections before and
#   after the open one) comes from partialCached; each page renders only the open section's
#   window of at most NAV_MAX pages and its aria-current marks;
# - nav-none: an empty partial, Hugo without navigation (the least any peer does).
NAV_VARIANTS = ("nav-none", "nav-cached", "nav-uncached")
# The window of entries [from, to) around the open one (ci) and the pages counted before and
# after it, as both navigations compute it (the caller closes the range over the sections).
NAV_ENTRY_WINDOW = """\
{{- $from := 0 -}}
{{- if and (gt $n $max) (ge $ci 0) -}}
  {{- $from = sub $ci $half -}}
  {{- if lt $from 0 }}{{ $from = 0 }}{{ end -}}
  {{- if gt $from (sub $n $max) }}{{ $from = sub $n $max }}{{ end -}}
{{- end -}}
{{- $to := add $from $max -}}
{{- if gt $to $n }}{{ $to = $n }}{{ end -}}
{{- $before := 0 -}}
{{- $after := 0 -}}
{{- if gt $from 0 }}{{ $before = 1 }}{{ end -}}
{{- range $i, $s := $sections -}}
  {{- if lt (add $i 1) $from }}{{ $before = add $before (len $s.Pages) }}{{ end -}}
  {{- if ge (add $i 1) $to }}{{ $after = add $after (len $s.Pages) }}{{ end -}}
"""
NAV_PARAMS = {"max": NAV_MAX, "half": (NAV_MAX - 1) // 2, "window": NAV_ENTRY_WINDOW}

HUGO_NAV = """\
{{- $cur := . -}}
{{- $max := %(max)d -}}
{{- $half := %(half)d -}}
{{- $zh := eq .Site.Language.Lang "zh" -}}
{{- $contents := .Site.GetPage "/contents" -}}
{{- $sections := .Site.Sections.ByWeight -}}
{{- $n := add (len $sections) 1 -}}
{{- $ci := -1 -}}
{{- if .IsHome }}{{ $ci = 0 }}{{ end -}}
{{- if and .IsPage (ne .Section "") -}}
  {{- range $i, $s := $sections }}{{ if eq $s.Section $cur.Section }}{{ $ci = add $i 1 }}{{ end }}{{ end -}}
{{- end -}}
%(window)s{{- end }}
  <ol>
  {{- if gt $before 0 }}
    <li class="nav-more"><a href="{{ $contents.RelPermalink }}">{{ if $zh }}前面的页面（{{ $before }}）{{ else }}Earlier pages ({{ $before }}){{ end }}</a></li>
  {{- end }}
  {{- if eq $from 0 }}
    <li><a href="{{ .Site.Home.RelPermalink }}"{{ if .IsHome }} aria-current="page"{{ end }}>{{ .Site.Home.Title }}</a></li>
  {{- end }}
  {{- range $i, $s := $sections }}
  {{- $e := add $i 1 }}
  {{- if and (ge $e $from) (lt $e $to) }}
  {{- $pages := $s.Pages.ByWeight }}
  {{- $head := index $pages 0 }}
  {{- $others := after 1 $pages }}
  {{- if and (eq $e $ci) (gt (len $others) 0) }}
    <li class="nav-section nav-open"><a href="{{ $head.RelPermalink }}"{{ if eq $head $cur }} aria-current="page"{{ end }}>{{ $head.Title }}</a>
      <ol>
      {{- $m := len $others }}
      {{- $pi := -1 }}
      {{- range $j, $p := $others }}{{ if eq $p $cur }}{{ $pi = $j }}{{ end }}{{ end }}
      {{- $pf := 0 }}
      {{- if and (gt $m $max) (ge $pi 0) }}
        {{- $pf = sub $pi $half }}
        {{- if lt $pf 0 }}{{ $pf = 0 }}{{ end }}
        {{- if gt $pf (sub $m $max) }}{{ $pf = sub $m $max }}{{ end }}
      {{- end }}
      {{- $pt := add $pf $max }}
      {{- if gt $pt $m }}{{ $pt = $m }}{{ end }}
      {{- $more := printf "%%s#section-%%s" $contents.RelPermalink $s.Section }}
      {{- if gt $pf 0 }}
        <li class="nav-more"><a href="{{ $more }}">{{ if $zh }}前面的页面（{{ $pf }}）{{ else }}Earlier pages ({{ $pf }}){{ end }}</a></li>
      {{- end }}
      {{- range first (sub $pt $pf) (after $pf $others) }}
        <li><a href="{{ .RelPermalink }}"{{ if eq . $cur }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
      {{- end }}
      {{- if lt $pt $m }}
        <li class="nav-more"><a href="{{ $more }}">{{ if $zh }}更多页面（{{ sub $m $pt }}）{{ else }}More pages ({{ sub $m $pt }}){{ end }}</a></li>
      {{- end }}
      </ol>
    </li>
  {{- else }}
    <li class="nav-section"><a href="{{ $head.RelPermalink }}"{{ if eq $head $cur }} aria-current="page"{{ end }}>{{ $head.Title }}</a></li>
  {{- end }}
  {{- end }}
  {{- end }}
  {{- if gt $after 0 }}
    <li class="nav-more"><a href="{{ $contents.RelPermalink }}">{{ if $zh }}更多页面（{{ $after }}）{{ else }}More pages ({{ $after }}){{ end }}</a></li>
  {{- end }}
  </ol>
  <p class="nav-contents"><a href="{{ $contents.RelPermalink }}"{{ if eq $contents $cur }} aria-current="page"{{ end }}>{{ $contents.Title }}</a></p>
""" % NAV_PARAMS

# nav-cached: the page's entry index ci (0 the home page, 1.. its section, -1 any other page)
# picks the cached parts; only the open section (entry ci) is rendered for each page.
HUGO_NAV_CACHED = """\
{{- $cur := . -}}
{{- $lang := .Site.Language.Lang -}}
{{- $ci := -1 -}}
{{- if .IsHome }}{{ $ci = 0 }}{{ end -}}
{{- if and .IsPage (ne .Section "") }}{{ $ci = partialCached "nav/entry.html" . $lang .Section }}{{ end -}}
{{- $frame := dict "Site" .Site "ci" $ci -}}
{{- $w := partialCached "nav/window.html" $frame $lang $ci -}}
{{- partialCached "nav/head.html" $frame $lang $ci }}
{{- if gt $ci 0 }}
  {{- $s := partialCached "nav/section.html" (index $w.sections (sub $ci 1)) $lang $ci }}
  {{- $head := $s.head }}
  {{- if gt $s.m 0 }}
    <li class="nav-section nav-open"><a href="{{ $head.RelPermalink }}"{{ if eq $head $cur }} aria-current="page"{{ end }}>{{ $head.Title }}</a>
      <ol>
      {{- $pf := 0 }}
      {{- with index $s.start $cur.RelPermalink }}{{ $pf = . }}{{ end }}
      {{- $pt := add $pf %(max)d }}
      {{- if gt $pt $s.m }}{{ $pt = $s.m }}{{ end }}
      {{- if gt $pf 0 }}
        <li class="nav-more"><a href="{{ $s.more }}">{{ if $w.zh }}前面的页面（{{ $pf }}）{{ else }}Earlier pages ({{ $pf }}){{ end }}</a></li>
      {{- end }}
      {{- range first (sub $pt $pf) (after $pf $s.others) }}
        <li><a href="{{ .RelPermalink }}"{{ if eq . $cur }} aria-current="page"{{ end }}>{{ .Title }}</a></li>
      {{- end }}
      {{- if lt $pt $s.m }}
        <li class="nav-more"><a href="{{ $s.more }}">{{ if $w.zh }}更多页面（{{ sub $s.m $pt }}）{{ else }}More pages ({{ sub $s.m $pt }}){{ end }}</a></li>
      {{- end }}
      </ol>
    </li>
  {{- else }}
    <li class="nav-section"><a href="{{ $head.RelPermalink }}"{{ if eq $head $cur }} aria-current="page"{{ end }}>{{ $head.Title }}</a></li>
  {{- end }}
{{- end }}
{{- partialCached "nav/tail.html" $frame $lang $ci }}
  <p class="nav-contents"><a href="{{ $w.contents.RelPermalink }}"{{ if eq $w.contents $cur }} aria-current="page"{{ end }}>{{ $w.contents.Title }}</a></p>
""" % NAV_PARAMS

# The entry index of a page's section (cached per language and section).
HUGO_NAV_ENTRY = """\
{{- $ci := -1 -}}
{{- range $i, $s := .Site.Sections.ByWeight }}{{ if eq $s.Section $.Section }}{{ $ci = add $i 1 }}{{ end }}{{ end -}}
{{- return $ci -}}
"""

# What depends on the language and the entry index alone (cached per both): the entry window
# [from, to), the pages before and after it, the sections in reading order, the contents page.
HUGO_NAV_WINDOW = """\
{{- $max := %(max)d -}}
{{- $half := %(half)d -}}
{{- $ci := .ci -}}
{{- $sections := .Site.Sections.ByWeight -}}
{{- $n := add (len $sections) 1 -}}
%(window)s{{- end -}}
{{- return dict "from" $from "to" $to "before" $before "after" $after "sections" $sections "zh" (eq .Site.Language.Lang "zh") "contents" (.Site.GetPage "/contents") -}}
""" % NAV_PARAMS

# The entries before the open section (all of them where none is open), cached.
HUGO_NAV_HEAD = """\
{{- $ci := .ci -}}
{{- $w := partialCached "nav/window.html" . .Site.Language.Lang $ci -}}
{{- $stop := $w.to -}}
{{- if gt $ci 0 }}{{ $stop = $ci }}{{ end }}
  <ol>
  {{- if gt $w.before 0 }}
    <li class="nav-more"><a href="{{ $w.contents.RelPermalink }}">{{ if $w.zh }}前面的页面（{{ $w.before }}）{{ else }}Earlier pages ({{ $w.before }}){{ end }}</a></li>
  {{- end }}
  {{- if eq $w.from 0 }}
    <li><a href="{{ .Site.Home.RelPermalink }}"{{ if eq $ci 0 }} aria-current="page"{{ end }}>{{ .Site.Home.Title }}</a></li>
  {{- end }}
  {{- range $i, $s := $w.sections }}
  {{- $e := add $i 1 }}
  {{- if and (ge $e $w.from) (lt $e $stop) }}
    <li class="nav-section"><a href="{{ (index $s.Pages.ByWeight 0).RelPermalink }}">{{ (index $s.Pages.ByWeight 0).Title }}</a></li>
  {{- end }}
  {{- end -}}
"""

# The entries after the open section and the closing tag, cached.
HUGO_NAV_TAIL = """\
{{- $ci := .ci -}}
{{- $w := partialCached "nav/window.html" . .Site.Language.Lang $ci -}}
{{- if gt $ci 0 }}
  {{- range $i, $s := $w.sections }}
  {{- $e := add $i 1 }}
  {{- if and (gt $e $ci) (lt $e $w.to) }}
    <li class="nav-section"><a href="{{ (index $s.Pages.ByWeight 0).RelPermalink }}">{{ (index $s.Pages.ByWeight 0).Title }}</a></li>
  {{- end }}
  {{- end }}
{{- end }}
  {{- if gt $w.after 0 }}
    <li class="nav-more"><a href="{{ $w.contents.RelPermalink }}">{{ if $w.zh }}更多页面（{{ $w.after }}）{{ else }}More pages ({{ $w.after }}){{ end }}</a></li>
  {{- end }}
  </ol>
{{- /* the line after this one is nav.html's */ -}}
"""

# The open section (cached per language and section): its first page, its other pages in order
# (m of them), the link to its part of the contents page, and for each of its pages the start
# of the window of at most NAV_MAX pages around it (by RelPermalink; the first page's is 0).
HUGO_NAV_SECTION = """\
{{- $max := %(max)d -}}
{{- $half := %(half)d -}}
{{- $pages := .Pages.ByWeight -}}
{{- $others := after 1 $pages -}}
{{- $m := len $others -}}
{{- $start := newScratch -}}
{{- range $j, $p := $others -}}
  {{- $pf := 0 -}}
  {{- if gt $m $max -}}
    {{- $pf = sub $j $half -}}
    {{- if lt $pf 0 }}{{ $pf = 0 }}{{ end -}}
    {{- if gt $pf (sub $m $max) }}{{ $pf = sub $m $max }}{{ end -}}
  {{- end -}}
  {{- $start.SetInMap "start" $p.RelPermalink $pf -}}
{{- end -}}
{{- $contents := .Site.GetPage "/contents" -}}
{{- return dict "head" (index $pages 0) "others" $others "m" $m "start" (default (dict) ($start.Get "start")) "more" (printf "%%s#section-%%s" $contents.RelPermalink .Section) -}}
""" % NAV_PARAMS

# nav-none: no navigation at all.
HUGO_NAV_NONE = "{{- /* nav-none: Hugo without navigation (bench/gen_corpus.py) */ -}}\n"

HUGO_THEMES = {
    "nav-none": {"nav.html": HUGO_NAV_NONE},
    "nav-uncached": {"nav.html": HUGO_NAV},
    "nav-cached": {"nav.html": HUGO_NAV_CACHED, "nav/entry.html": HUGO_NAV_ENTRY,
                   "nav/window.html": HUGO_NAV_WINDOW, "nav/head.html": HUGO_NAV_HEAD,
                   "nav/tail.html": HUGO_NAV_TAIL, "nav/section.html": HUGO_NAV_SECTION},
}

# The contents page: every page, section by section (Folio's contents.ftlh).
HUGO_CONTENTS = """\
{{ define "main" }}
<article class="contents-page">
<header class="page-header"><h1>{{ .Title }}</h1></header>
<ol class="contents-list">
  <li><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Home.Title }}</a></li>
{{- range .Site.Sections.ByWeight }}
{{- $pages := .Pages.ByWeight }}
{{- $head := index $pages 0 }}
  <li class="contents-section" id="section-{{ .Section }}"><a href="{{ $head.RelPermalink }}">{{ $head.Title }}</a>
    <ol>
    {{- range after 1 $pages }}
      <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
    {{- end }}
    </ol>
  </li>
{{- end }}
</ol>
</article>
{{ end }}
"""

HUGO_SINGLE = """\
{{ define "main" }}
<article>
<header class="page-header"><h1>{{ .Title }}</h1></header>
{{ .Content }}
</article>
<nav class="pager">
  {{ with .Prev }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
  {{ with .Next }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}
<article>
<header class="page-header"><h1>{{ .Title }}</h1></header>
{{ .Content }}
</article>
{{ end }}
"""

# Links to NAME.md resolve to the page, as in Folio; a missing page fails the build.
HUGO_RENDER_LINK = """\
{{- $dest := .Destination -}}
{{- $href := $dest -}}
{{- $parts := split $dest "#" -}}
{{- $file := index $parts 0 -}}
{{- if and (not (strings.Contains $dest "://")) (strings.HasSuffix $file ".md") -}}
  {{- $path := path.Join "/" .Page.File.Dir $file -}}
  {{- $target := .Page.Site.GetPage $path -}}
  {{- if eq $path "/index.md" }}{{ $target = .Page.Site.Home }}{{ end -}}
  {{- with $target -}}
    {{- $href = .RelPermalink -}}
    {{- if gt (len $parts) 1 }}{{ $href = printf "%s#%s" $href (index $parts 1) }}{{ end -}}
  {{- else -}}
    {{- errorf "%s: link to a missing page %q" $.Page.File.Path $dest -}}
  {{- end -}}
{{- end -}}
<a href="{{ $href }}">{{ .Text | safeHTML }}</a>
{{- /* */ -}}
"""

HUGO_ROWS_SHORTCODE = """\
{{ $zh := eq .Page.Language.Lang "zh" }}
<figure class="data-table">
<figcaption>{{ if $zh }}基准数据表{{ else }}Benchmark rows{{ end }}</figcaption>
<table>
<thead><tr>{{ if $zh }}<th>名称</th><th>数值</th><th>占比</th><th>日期</th><th>类别</th>{{ else }}<th>Name</th><th>Value</th><th>Share</th><th>Date</th><th>Kind</th>{{ end }}</tr></thead>
<tbody>
{{ range .Site.Data.rows.rows }}<tr id="{{ .id }}"><td>{{ .name }}</td><td>{{ lang.FormatNumber 2 .value }}</td><td>{{ lang.FormatPercent 1 (mul .share 100) }}</td><td>{{ .date }}</td><td>{{ .kind }}</td></tr>
{{ end }}</tbody>
</table>
</figure>
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def generate(pages, out, seed=2023):
    """Writes out/folio and out/hugo; returns a summary dict."""
    if pages < 4 or pages % 2:
        raise ValueError("--pages must be an even number of at least 4, got %d" % pages)
    count = pages // 2
    folio = os.path.join(out, "folio")
    hugo = os.path.join(out, "hugo")
    for d in (folio, hugo):
        if os.path.exists(d):
            shutil.rmtree(d)
    write(os.path.join(folio, "folio.yaml"), FOLIO_YAML.format(pages=pages))
    write(os.path.join(hugo, "config.toml"), HUGO_CONFIG)
    layouts = os.path.join(hugo, "layouts")
    write(os.path.join(layouts, "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(layouts, "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(layouts, "_default", "list.html"), HUGO_LIST)
    write(os.path.join(layouts, "_default", "contents.html"), HUGO_CONTENTS)
    for theme, partials in HUGO_THEMES.items():
        for name, text in partials.items():
            write(os.path.join(hugo, "themes", theme, "layouts", "partials", name), text)
    write(os.path.join(layouts, "_default", "_markup", "render-link.html"), HUGO_RENDER_LINK)
    write(os.path.join(layouts, "shortcodes", "rows.html"), HUGO_ROWS_SHORTCODE)

    rows = rows_data(random.Random("%s/rows" % seed))
    write(os.path.join(folio, "content", "data", "rows.yaml"), folio_rows_yaml(rows))
    write(os.path.join(folio, "schemas", "rows.schema.json"),
          json.dumps(ROWS_SCHEMA, indent=2) + "\n")
    write(os.path.join(hugo, "data", "rows.yaml"), hugo_rows_yaml(rows))

    words = []
    for lang in LANGS:
        titles = [page_title(lang, i, random.Random("%s/%s/title/%d" % (seed, lang, i)))
                  for i in range(count)]
        for i in range(count):
            rng = random.Random("%s/%s/body/%d" % (seed, lang, i))
            folio_body, n = page_body(lang, i, count, titles, rng, "```table rows\n```")
            words.append(n)
            hugo_body = folio_body.replace("```table rows\n```", "{{< rows >}}")
            title = yaml_str(titles[i])
            write(os.path.join(folio, "content", lang, page_path(i) + ".md"),
                  "---\ntitle: %s\norder: %d\n---\n%s" % (title, i, folio_body))
            write(os.path.join(hugo, "content", lang, ("_index" if i == 0 else page_path(i))
                               + ".md"),
                  "---\ntitle: %s\nweight: %d\n---\n%s" % (title, i + 1, hugo_body))
            if i > 0 and (i - 1) % SECTION == 0:
                # Hugo's section: titled and ordered by its first page, as Folio's.
                write(os.path.join(hugo, "content", lang, section_of(i), "_index.md"),
                      "---\ntitle: %s\nweight: %d\n---\n" % (title, i + 1))
        write(os.path.join(hugo, "content", lang, "contents.md"),
              "---\ntitle: %s\nlayout: contents\n_build:\n  list: never\n---\n"
              % yaml_str("目录" if lang == "zh" else "Contents"))
    return {"pages": pages, "per_language": count, "rows": ROWS, "seed": seed,
            "section": SECTION,
            "words_min": min(words), "words_max": max(words),
            "words_mean": round(sum(words) / len(words))}


def tree_differences(a, b, limit=10):
    """(files compared, up to `limit` differences) between the folders a and b: files only in
    one of them, or with other bytes. Paths are relative, with /."""
    def files(root):
        found = set()
        for dirpath, _, names in os.walk(root):
            for name in names:
                found.add(os.path.relpath(os.path.join(dirpath, name), root).replace(os.sep, "/"))
        return found

    fa, fb = files(a), files(b)
    diffs = ["only in %s: %s" % (os.path.basename(a), f) for f in sorted(fa - fb)]
    diffs += ["only in %s: %s" % (os.path.basename(b), f) for f in sorted(fb - fa)]
    for rel in sorted(fa & fb):
        if len(diffs) >= limit:
            break
        if not filecmp.cmp(os.path.join(a, rel), os.path.join(b, rel), shallow=False):
            diffs.append("differs: " + rel)
    return len(fa | fb), diffs[:limit]


def check_nav(out, hugo="hugo"):
    """Builds out/hugo with nav-cached and nav-uncached (into out/check-nav-*) and compares the
    two outputs byte for byte; returns (files, differences)."""
    built = []
    for theme in ("nav-cached", "nav-uncached"):
        dest = os.path.join(out, "check-" + theme)
        if os.path.exists(dest):
            shutil.rmtree(dest)
        r = subprocess.run([hugo, "--quiet", "--theme", theme, "--cacheDir",
                            os.path.join(out, "hugo-cache"), "-s", os.path.join(out, "hugo"),
                            "-d", dest], capture_output=True, text=True)
        if r.returncode != 0:
            raise RuntimeError("hugo --theme %s failed (exit %d): %s"
                               % (theme, r.returncode, r.stderr.strip()))
        built.append(dest)
    return tree_differences(*built)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--pages", type=int, required=True, help="pages in total (both languages)")
    p.add_argument("--out", required=True, help="folder to write folio/ and hugo/ into")
    p.add_argument("--seed", default="2023")
    p.add_argument("--check-nav", action="store_true",
                   help="also build the Hugo site with the themes nav-cached and nav-uncached "
                        "(into OUT/check-nav-*) and compare the two outputs byte for byte; "
                        "exit code 1 if they differ")
    a = p.parse_args(argv)
    try:
        print(json.dumps(generate(a.pages, a.out, a.seed)))
        if a.check_nav:
            files, diffs = check_nav(a.out)
            for d in diffs:
                print("gen_corpus: nav-cached and nav-uncached: " + d, file=sys.stderr)
            print("gen_corpus: nav-cached and nav-uncached: %s (%d files)"
                  % ("different" if diffs else "byte-identical", files), file=sys.stderr)
            return 1 if diffs else 0
    except (ValueError, RuntimeError) as e:
        print("gen_corpus: %s" % e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
