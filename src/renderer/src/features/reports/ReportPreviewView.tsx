import { useState } from 'react';
import { Alert, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportPreview, ReportSection } from '@shared/domain/report';
import { ProvenanceDrawer } from './ProvenanceDrawer';
import { ReportChartView } from './ReportChartView';
import { ReportSectionTable, type FigureSources } from './ReportSectionTable';

function dataRowCount(section: ReportSection): number {
  return section.rows.filter((r) => r.kind !== 'subtotal' && r.kind !== 'total').length;
}

function SectionView({ section, index, upload, onShowSources }: { section: ReportSection; index: number; upload: boolean; onShowSources: (f: FigureSources) => void }) {
  const { t } = useTranslation();
  const total = section.totalRows ?? section.rows.length;
  return (
    <div data-testid={`report-section-view-${index}`}>
      {total > section.rows.length ? (
        <Alert
          type="info"
          showIcon
          data-testid="report-truncated"
          title={t('reports.preview.truncated', { shown: dataRowCount(section), total })}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {section.charts && section.charts.length > 0 ? (
        <Flex vertical gap={12} style={{ marginBottom: 12 }}>
          {section.charts.map((chart, c) => (
            <ReportChartView key={`${chart.title}-${c}`} chart={chart} testId={`report-chart-${index}-${c}`} />
          ))}
        </Flex>
      ) : null}
      <ReportSectionTable section={section} index={index} onShowSources={onShowSources} exactLabels={upload} />
      {section.notes && section.notes.length > 0 ? (
        <div className="report-notes" data-testid="report-notes">
          <h3 className="report-notes-title">{t('reports.preview.notes')}</h3>
          <ul>
            {section.notes.map((note, n) => (
              <li key={n} lang="zh-CN">
                {note}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The report as the app shows it: title row, then each section (one tab each when there are several). */
export function ReportPreviewView({ preview }: { preview: ReportPreview }) {
  const { t } = useTranslation();
  const [figure, setFigure] = useState<FigureSources | null>(null);
  const sections = preview.sections;
  const upload = preview.layout === 'upload';
  return (
    <section aria-label={t('reports.preview.label')} data-testid="report-preview">
      <h2 className="report-title" lang="zh-CN" data-testid="report-preview-title">
        {preview.title}
        {upload ? <span data-testid="report-preview-layout">{`（${t('reports.filters.layoutUpload')}）`}</span> : null}
      </h2>
      <Typography.Paragraph data-testid="report-preview-meta">
        {/* A report about now covers one day, today: its label (截至 …) says it all. */}
        {preview.range.from === preview.range.to
          ? t('reports.preview.metaAsOf', { college: preview.college, period: preview.periodLabel })
          : t('reports.preview.meta', { college: preview.college, period: preview.periodLabel, from: preview.range.from, to: preview.range.to })}
      </Typography.Paragraph>
      {sections.length === 1 && sections[0] ? (
        <SectionView section={sections[0]} index={0} upload={upload} onShowSources={setFigure} />
      ) : (
        <Tabs
          items={sections.map((section, index) => ({
            key: String(index),
            label: (
              <span data-testid={`report-section-tab-${index}`} lang="zh-CN">
                {section.title || section.sheetName}
              </span>
            ),
            children: <SectionView section={section} index={index} upload={upload} onShowSources={setFigure} />,
          }))}
        />
      )}
      <ProvenanceDrawer figure={figure} onClose={() => setFigure(null)} />
    </section>
  );
}
