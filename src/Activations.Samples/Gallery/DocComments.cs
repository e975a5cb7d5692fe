using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;

namespace Activations.Samples.Gallery
{
    /// <summary>
    /// Reads the paper references from the standard library's XML documentation (Activations.Runtime.xml, copied beside
    /// the samples by the build), so the gallery cites exactly what the doc comments cite.
    /// </summary>
    internal sealed class DocComments
    {
        private const string PaperMarker = "Paper:";
        private readonly Dictionary<string, string> _remarks;

        private DocComments(Dictionary<string, string> remarks) => _remarks = remarks;

        /// <summary>The documentation of <paramref name="assembly"/>, or an empty set when its XML file is missing.</summary>
        public static DocComments For(Assembly assembly)
        {
            string path = Path.ChangeExtension(Path.Combine(AppContext.BaseDirectory, Path.GetFileName(assembly.Location)), ".xml");
            var remarks = new Dictionary<string, string>(StringComparer.Ordinal);
            if (File.Exists(path))
            {
                foreach (XElement member in XDocument.Load(path).Descendants("member"))
                {
                    string? name = (string?)member.Attribute("name");
                    XElement? remark = member.Element("remarks");
                    if (name is not null && remark is not null)
                    {
                        remarks[name] = string.Join(" ", remark.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                    }
                }
            }

            return new DocComments(remarks);
        }

        /// <summary>The text after "Paper:" in the method's remarks, or null.</summary>
        public string? Paper(MethodInfo method)
        {
            string id = "M:" + method.DeclaringType!.FullName + "." + method.Name + "(" + string.Join(",", method.GetParameters().Select(p => p.ParameterType.FullName)) + ")";
            if (!_remarks.TryGetValue(id, out string? remarks))
            {
                return null;
            }

            int at = remarks.IndexOf(PaperMarker, StringComparison.Ordinal);
            return at < 0 ? null : remarks.Substring(at + PaperMarker.Length).Trim();
        }
    }
}
