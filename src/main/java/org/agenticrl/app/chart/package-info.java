/**
 * JFreeChart pieces shared by several features: every chart's viewer with its names, look and slide title
 * ({@link org.agenticrl.app.chart.ChartView}), the theme's colours and fonts applied to a chart
 * ({@link org.agenticrl.app.chart.ChartStyle}), one chart across the whole window
 * ({@link org.agenticrl.app.chart.EnlargedChart}), a chart drawn for a slide
 * ({@link org.agenticrl.app.chart.ChartSlide}) at the size the export dialog takes
 * ({@link org.agenticrl.app.chart.SlideSizeModel}), and the token-distribution bar chart used by the distribution
 * view, by training's drift view and by the Run tab. Charts are changed on the FX thread only, once per batch of data.
 */
package org.agenticrl.app.chart;
