# nbconvert configuration for the kit's notebooks: HTML with plotly.js embedded once.
#   jupyter nbconvert --config notebooks/nbconvert/segkit_html.py --to html notebooks/04-value-tiers.ipynb
# (add --execute --ExecutePreprocessor.kernel_name=segkit-csharp to run it first)
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
c = get_config()  # noqa: F821 (provided by traitlets when the file is loaded)
c.TemplateExporter.extra_template_basedirs = [os.path.join(here, "templates")]
c.HTMLExporter.template_name = "segkit"
c.HTMLExporter.preprocessors = ["segkit_plotly.EmbedPlotly"]
