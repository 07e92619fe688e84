/**
 * Product set 26 — Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch (Community tourism, eco-tourism and tourist spots).
 * Source: Decision 148/QĐ-TTg of 24/02/2023 (Prime Minister), Appendix I, scoring sheet of set 26.
 * Bootstrapped from a third-party transcription by scripts/generate-rubric-148.ts and then owned
 * here as data: every deviation from that transcription is listed in `decisions` with its reason.
 */
import type { CatalogueRubricSheet } from '../../rubric.types';

export const set26: CatalogueRubricSheet = {
  setNumber: 26,
  setNameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
  setNameEn: 'Community tourism, eco-tourism and tourist spots',
  maxPoints: 100,
  requiresSamples: false,
  verification: {
    status: 'unverified',
    noteVi:
      'Chưa kiểm chứng: bộ du lịch chỉ có hai tiêu chí bắt buộc, cả hai ở các dòng chung chép từ mẫu thực phẩm — sản phẩm có thể đạt 3 sao không qua tiêu chí bắt buộc nào và 5 sao chỉ bằng điểm. Cần đối chiếu với Công báo.',
    noteEn:
      'Unverified: the tourism set has only two star flags, both in generic rows copied from the food template — a product reaches 3★ with no mandatory check and 5★ on points alone. To be checked against the official gazette.',
  },
  parts: [
    {
      code: 'A',
      titleVi: 'Sản phẩm và sức mạnh của cộng đồng',
      titleEn: 'Product and community strength',
      maxPoints: 40,
      groups: [
        {
          code: 'A.1',
          number: 1,
          titleVi: 'TỔ CHỨC DỊCH VỤ CỘNG ĐỒNG',
          titleEn: 'Community service organisation',
          maxPoints: 15,
          criteria: [
            {
              code: 'A.1.a',
              letter: 'a',
              titleVi: 'Bộ phận điều phối quản lý và điều hành dịch vụ',
              maxPoints: 3,
              options: [
                { textVi: 'Có Bộ phận điều phối quản lý và điều hành dịch vụ', points: 1 },
                {
                  textVi:
                    'Có Bộ phận điều phối quản lý và điều hành dịch vụ, có kế hoạch và tổ chức triển khai kế hoạch quản lý, điều hành',
                  points: 3,
                },
              ],
            },
            {
              code: 'A.1.b',
              letter: 'b',
              titleVi: 'Cơ chế quản lý/quy định',
              maxPoints: 6,
              options: [
                { textVi: 'Có cơ chế/quy định quản lý hoạt động dịch vụ', points: 2 },
                {
                  textVi: 'Có cơ chế quản lý/quy định quản lý hoạt động dịch vụ được phân nhiệm rõ ràng',
                  points: 4,
                },
                {
                  textVi:
                    'Có cơ chế quản lý/quy định quản lý hoạt động dịch vụ được phân nhiệm rõ ràng trên cơ sở người dân địa phương tham gia quản lý và vận hành và hưởng lợi (trực tiếp/gián tiếp)',
                  points: 6,
                },
              ],
            },
            {
              code: 'A.1.c',
              letter: 'c',
              titleVi: 'Bảo vệ môi trường trong cộng đồng làm du lịch/điểm du lịch',
              maxPoints: 4,
              options: [
                {
                  textVi:
                    'Có giải pháp cụ thể về bảo vệ môi trường (thu gom rác thải, nước thải sinh hoạt...)',
                  points: 1,
                },
                {
                  textVi: 'Có giải pháp cụ thể và trang bị hạ tầng kỹ thuật chung về bảo vệ môi trường',
                  points: 2,
                },
                {
                  textVi:
                    'Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ môi trường và triển khai mô hình cộng đồng tự quản về môi trường',
                  points: 3,
                },
                {
                  textVi:
                    'Có giải pháp cụ thể và có trang bị hạ tầng kỹ thuật bảo vệ môi trường và triển khai mô hình cộng đồng tự quản về môi trường, đạt chuẩn tiêu chí về môi trường trong xây dựng nông thôn mới hoặc có đánh giá tác động môi trường theo quy định hiện hành',
                  points: 4,
                },
              ],
              evidenceHintsVi: [
                'Hồ sơ, thủ tục môi trường theo quy định',
                'Hồ sơ công trình thu gom, xử lý chất thải',
              ],
            },
            {
              code: 'A.1.d',
              letter: 'd',
              titleVi: 'Sử dụng năng lượng tiết kiệm',
              maxPoints: 2,
              options: [
                {
                  textVi: 'Có giải pháp tiết kiệm năng lượng (bằng hoạt động cụ thể)',
                  points: 1,
                },
                {
                  textVi:
                    'Có giải pháp tiết kiệm, thu hồi năng lượng, tái sử dụng năng lượng, nguyên liệu tại địa phương và sử dụng công nghệ thân thiện với môi trường',
                  points: 2,
                },
              ],
            },
          ],
        },
        {
          code: 'A.2',
          number: 2,
          titleVi: 'PHÁT TRIỂN SẢN PHẨM',
          titleEn: 'Product development',
          maxPoints: 12,
          criteria: [
            {
              code: 'A.2.a',
              letter: 'a',
              titleVi: 'Nguồn gốc ý tưởng sản phẩm dịch vụ du lịch',
              maxPoints: 5,
              options: [
                {
                  textVi:
                    'Phát triển dựa trên sản phẩm của nơi khác, có dựa trên lợi thế và đặc trưng của địa phương',
                  points: 1,
                },
                {
                  textVi:
                    'Phát triển dựa trên ý tưởng của mình, không trùng lắp với các sản phẩm du lịch khác',
                  points: 3,
                },
                {
                  textVi:
                    'Có tính độc đáo, khác biệt và có gắn kết các giá trị văn hóa truyền thống của địa phương vào sản phẩm du lịch',
                  points: 5,
                },
              ],
              knockOut: {
                textVi:
                  'Ghi chú: Bị loại nếu phát hiện giống hệt sản phẩm của nhà sản xuất khác, chỉ thay đổi tên sản phẩm, nhà sản xuất',
                textEn: "Excluded if identical to another producer's product with only the name changed.",
              },
              assessedByCommune: 'product-idea-origin',
              evidenceHintsVi: ['Tài liệu về lịch sử, nguồn gốc sản phẩm'],
            },
            {
              code: 'A.2.b',
              letter: 'b',
              titleVi: 'Tổ chức dịch vụ theo thị trường mục tiêu',
              maxPoints: 2,
              options: [
                { textVi: 'Có kế hoạch phát triển thị trường mục tiêu', points: 1 },
                {
                  textVi: 'Có kế hoạch và có các sản phẩm dịch vụ du lịch phù hợp với thị trường mục tiêu',
                  points: 2,
                },
              ],
            },
            {
              code: 'A.2.c',
              letter: 'c',
              titleVi:
                'Bảo vệ, bảo tồn các di sản văn hóa, thiên nhiên, đa dạng sinh học liên quan đến sản phẩm dịch vụ du lịch',
              maxPoints: 5,
              options: [
                {
                  textVi:
                    'Có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học',
                  points: 1,
                },
                {
                  textVi:
                    'Có Chương trình/kế hoạch chung của cộng đồng, có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học',
                  points: 3,
                },
                {
                  textVi:
                    'Có Chương trình/kế hoạch chung của cộng đồng, cả cộng đồng đều có hoạt động bảo vệ và bảo tồn các di sản văn hóa/thiên nhiên, hệ sinh thái, đa dạng sinh học',
                  points: 5,
                },
              ],
            },
          ],
        },
        {
          code: 'A.3',
          number: 3,
          titleVi: 'SỨC MẠNH CỘNG ĐỒNG',
          titleEn: 'Community strength',
          maxPoints: 13,
          criteria: [
            {
              code: 'A.3.a',
              letter: 'a',
              titleVi: 'Loại hình tổ chức sản xuất - kinh doanh',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Hộ gia đình, trang trại có đăng ký kinh doanh, tổ hợp tác Công ty TNHH 1 thành viên, doanh nghiệp tư nhân (DNTN)',
                  points: 1,
                },
                {
                  textVi:
                    'Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương < 51%',
                  points: 2,
                },
                {
                  textVi:
                    'HTX tổ chức, hoạt động theo Luật HTX hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%, Trung tâm điều hành',
                  points: 3,
                },
              ],
              evidenceHintsVi: ['Giấy chứng nhận đăng ký doanh nghiệp/HTX/hộ kinh doanh'],
            },
            {
              code: 'A.3.b',
              letter: 'b',
              titleVi: 'Đại diện pháp luật của chủ thể là nữ/đồng bào dân tộc thiểu số',
              maxPoints: 1,
              options: [
                {
                  textVi: 'Đại diện pháp luật của chủ thể không phải nữ/đồng bào dân tộc thiểu số',
                  points: 0,
                },
                {
                  textVi: 'Đại diện pháp luật của chủ thể là nữ/đồng bào dân tộc thiểu số',
                  points: 1,
                },
              ],
              evidenceHintsVi: ['Giấy đăng ký kinh doanh ghi người đại diện', 'Căn cước của người đại diện'],
            },
            {
              code: 'A.3.c',
              letter: 'c',
              titleVi: 'Sử dụng lao động địa phương',
              maxPoints: 3,
              options: [
                {
                  textVi: 'Có sử dụng từ 50% đến 75% lao động là người trên địa bàn cấp huyện',
                  points: 1,
                },
                {
                  textVi: 'Có sử dụng ≥ 75% lao động là người trên địa bàn cấp huyện',
                  points: 3,
                },
              ],
              assessedByCommune: 'local-labour',
              evidenceHintsVi: ['Danh sách lao động kèm nơi cư trú', 'Hợp đồng lao động'],
            },
            {
              code: 'A.3.d',
              letter: 'd',
              titleVi: 'Tăng trưởng sản xuất kinh doanh',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Hợp tác xã xếp loại trung bình, các loại hình khác có lợi nhuận tăng trưởng dương so với năm trước liền kề',
                  points: 1,
                },
                {
                  textVi:
                    'Hợp tác xã xếp loại khá, các loại hình khác có 2 năm liên tiếp tăng trưởng dương về lợi nhuận',
                  points: 3,
                  mandatoryForStar: 4,
                },
              ],
              evidenceHintsVi: ['Báo cáo tài chính 2 năm gần nhất', 'Kết quả xếp loại HTX (nếu là HTX)'],
            },
            {
              code: 'A.3.đ',
              letter: 'đ',
              titleVi: 'Kế toán',
              maxPoints: 1,
              options: [
                { textVi: 'Không có hoạt động kế toán theo quy định', points: 0 },
                { textVi: 'Có tổ chức công tác kế toán theo quy định', points: 1 },
              ],
              evidenceHintsVi: ['Sổ sách, báo cáo kế toán'],
            },
            {
              code: 'A.3.e',
              letter: 'e',
              titleVi: 'Sở hữu trí tuệ',
              maxPoints: 2,
              options: [
                {
                  textVi: 'Nhãn hiệu sử dụng của chủ thể được cấp giấy chứng nhận đăng ký',
                  points: 1,
                },
                {
                  textVi:
                    'Nhãn hiệu sử dụng của chủ thể được cấp giấy chứng nhận đăng ký; và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (đối với những sản phẩm đã được bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể thì bắt buộc phải sử dụng)',
                  points: 2,
                },
              ],
              mandatoryForStar: 4,
              evidenceHintsVi: [
                'Giấy chứng nhận đăng ký nhãn hiệu',
                'Quyết định cho phép sử dụng chỉ dẫn địa lý/nhãn hiệu tập thể, chứng nhận',
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'B',
      titleVi: 'Khả năng tiếp thị',
      titleEn: 'Marketing',
      maxPoints: 25,
      groups: [
        {
          code: 'B.4',
          number: 4,
          titleVi: 'TIẾP THỊ',
          titleEn: 'Marketing',
          maxPoints: 17,
          criteria: [
            {
              code: 'B.4.a',
              letter: 'a',
              titleVi: 'Liên kết chuỗi giá trị trong quảng bá sản phẩm du lịch',
              maxPoints: 5,
              options: [
                { textVi: 'Có đại diện/đại lý quảng bá sản phẩm', points: 1 },
                {
                  textVi: 'Có ≥ 3 đại diện/đại lý quảng bá sản phẩm trong và ngoài tỉnh',
                  points: 3,
                },
                {
                  textVi: 'Có ≥ 5 đại diện/đại lý quảng bá sản phẩm trong và ngoài tỉnh',
                  points: 5,
                },
              ],
              evidenceHintsVi: [
                'Đường dẫn website/mạng xã hội',
                'Giấy chứng nhận tham gia hội chợ, xúc tiến thương mại',
              ],
            },
            {
              code: 'B.4.b',
              letter: 'b',
              titleVi: 'Liên kết vùng và chuỗi giá trị trong sản phẩm dịch vụ du lịch',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Có liên kết với các điểm dịch vụ du lịch khác trong tỉnh để hình thành tours sản phẩm du lịch',
                  points: 1,
                },
                {
                  textVi:
                    'Có liên kết với các điểm dịch vụ du lịch khác trong và ngoài tỉnh để hình thành tours sản phẩm du lịch',
                  points: 2,
                },
                {
                  textVi:
                    'Có liên kết với các điểm dịch vụ du lịch khác trong, ngoài tỉnh và quốc tế để hình thành tours sản phẩm du lịch',
                  points: 3,
                },
              ],
            },
            {
              code: 'B.4.c',
              letter: 'c',
              titleVi: 'Tổ chức quảng bá, bán hàng',
              noteVi: 'Gồm: Tổ chức kinh doanh, phân phối sản phẩm',
              maxPoints: 2,
              options: [
                { textVi: 'Có người chịu trách nhiệm quản lý quảng bá, bán hàng', points: 1 },
                {
                  textVi:
                    'Có bộ phận/phòng quản lý quảng bá, bán hàng, có ứng dụng công nghệ thông tin trong quản lý/bán hàng',
                  points: 2,
                },
              ],
              evidenceHintsVi: [
                'Đường dẫn website/mạng xã hội',
                'Giấy chứng nhận tham gia hội chợ, xúc tiến thương mại',
              ],
            },
            {
              code: 'B.4.d',
              letter: 'd',
              titleVi: 'Quảng bá sản phẩm',
              maxPoints: 4,
              options: [
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch',
                  points: 1,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch, có sử dụng đặt hàng trực tuyến (online)',
                  points: 2,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có trang thông tin điện tử (website) giới thiệu về điểm, cộng đồng du lịch, có sử dụng đặt hàng trực tuyến (online) trong nước và quốc tế uy tín (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...)',
                  points: 3,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá quốc tế, có trang thông tin điện tử (website) bằng tiếng nước ngoài giới thiệu về điểm, cộng đồng du lịch, có sử dụng đặt hàng trực tuyến (online) trong nước và quốc tế uy tín (Booking, Agoda, NPB, TripAdvisor, Traveloka, iVivu...) có hoạt động quảng bá quốc tế',
                  points: 4,
                },
              ],
              evidenceHintsVi: [
                'Đường dẫn website/mạng xã hội',
                'Giấy chứng nhận tham gia hội chợ, xúc tiến thương mại',
              ],
            },
            {
              code: 'B.4.đ',
              letter: 'đ',
              titleVi: 'Bộ nhận diện quảng bá sản phẩm',
              maxPoints: 3,
              options: [
                { textVi: 'Có tờ rơi quảng bá về dịch vụ du lịch', points: 1 },
                {
                  textVi:
                    'Có phim ngắn (video clip), tranh ảnh áp-phích (poster), tờ rơi quảng bá về dịch vụ du lịch',
                  points: 2,
                },
                {
                  textVi:
                    'Có phim ngắn (video clip), tranh ảnh áp-phích (poster), tờ rơi quảng bá về dịch vụ du lịch được thể hiện bằng tiếng Việt và ít nhất 01 tiếng nước ngoài phù hợp.',
                  points: 3,
                },
              ],
              evidenceHintsVi: [
                'Đường dẫn website/mạng xã hội',
                'Giấy chứng nhận tham gia hội chợ, xúc tiến thương mại',
              ],
            },
          ],
        },
        {
          code: 'B.5',
          number: 5,
          titleVi: 'CÂU CHUYỆN SẢN PHẨM',
          titleEn: 'Product story',
          maxPoints: 8,
          criteria: [
            {
              code: 'B.5.a',
              letter: 'a',
              titleVi: 'Câu chuyện về sản phẩm',
              maxPoints: 4,
              options: [
                {
                  textVi: 'Có Cẩm nang/câu chuyện liên quan đến sản phẩm dịch vụ du lịch',
                  points: 1,
                },
                {
                  textVi:
                    'Có Cẩm nang hoặc câu chuyện liên quan đến sản phẩm dịch vụ du lịch có tính riêng, đặc sắc, thể hiện trí tuệ bản sắc địa phương',
                  points: 2,
                },
                {
                  textVi:
                    'Có Cẩm nang hoặc câu chuyện liên quan đến sản phẩm dịch vụ du lịch có tính riêng, đặc sắc, thể hiện trí tuệ bản sắc địa phương và được thể hiện bằng tiếng nước ngoài phù hợp',
                  points: 4,
                },
              ],
              assessedByCommune: 'story-local-identity',
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
            {
              code: 'B.5.b',
              letter: 'b',
              titleVi: 'Trình bày câu chuyện sản phẩm',
              maxPoints: 2,
              options: [
                {
                  textVi:
                    'Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm cung cấp dịch vụ du lịch',
                  points: 1,
                },
                {
                  textVi:
                    'Cẩm nang/câu chuyện được tư liệu hóa và trình bày tại điểm du lịch trong và ngoài tỉnh',
                  points: 2,
                },
              ],
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
            {
              code: 'B.5.c',
              letter: 'c',
              titleVi: 'Sản phẩm dịch vụ du lịch trên địa bàn đạt chuẩn nông thôn mới',
              maxPoints: 2,
              options: [
                {
                  textVi:
                    'Cộng đồng du lịch/Điểm du lịch trên địa bàn xã hoặc thôn, bản, ấp chưa được công nhận đạt chuẩn nông thôn mới hoặc không thuộc khu vực nông thôn',
                  points: 1,
                },
                {
                  textVi:
                    'Cộng đồng du lịch/Điểm du lịch trên địa bàn xã hoặc thôn, bản, ấp đã được công nhận đạt chuẩn nông thôn mới',
                  points: 2,
                },
              ],
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
          ],
        },
      ],
    },
    {
      code: 'C',
      titleVi: 'Chất lượng sản phẩm',
      titleEn: 'Product quality',
      maxPoints: 35,
      groups: [
        {
          code: 'C.6',
          number: 6,
          titleVi: 'VỊ TRÍ',
          maxPoints: 3,
          criteria: [
            {
              code: 'C.6',
              letter: null,
              titleVi: 'VỊ TRÍ',
              maxPoints: 3,
              options: [
                { textVi: 'Thuận lợi, dễ tiếp cận', points: 1 },
                {
                  textVi: 'Thuận lợi, dễ tiếp cận, liền kề khu vực có lợi thế phát triển du lịch',
                  points: 2,
                },
                {
                  textVi:
                    'Thuận lợi, dễ tiếp cận, liền kề và có tính liên kết với khu vực/địa điểm có lợi thể phát triển du lịch khác.',
                  points: 3,
                },
              ],
              evidenceHintsVi: ['Mẫu sản phẩm (hội đồng đánh giá trực tiếp)'],
            },
          ],
        },
        {
          code: 'C.7',
          number: 7,
          titleVi: 'KIẾN TRÚC VÀ CẢNH QUAN MÔI TRƯỜNG',
          maxPoints: 3,
          criteria: [
            {
              code: 'C.7',
              letter: null,
              titleVi: 'KIẾN TRÚC VÀ CẢNH QUAN MÔI TRƯỜNG',
              maxPoints: 3,
              options: [
                { textVi: 'Cảnh quan môi trường sạch đẹp', points: 1 },
                {
                  textVi:
                    'Cảnh quan môi trường sạch đẹp, kiến trúc mang đặc trưng vùng miền, có tính dân tộc',
                  points: 2,
                },
                {
                  textVi:
                    'Cảnh quan môi trường sạch đẹp, kiến trúc mang đặc trưng vùng miền, có tính dân tộc; xã/thôn đạt tiêu chí sáng - xanh - sạch đẹp trong xây dựng nông thôn mới',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          code: 'C.8',
          number: 8,
          titleVi: 'CHẤT LƯỢNG VỀ ĐIỀU KIỆN KINH DOANH DỊCH VỤ',
          noteVi: 'Lựa chọn một trong hai trường hợp sau:',
          maxPoints: 3,
          criteria: [],
          cases: [
            {
              number: 1,
              code: 'C.8.case-1',
              titleVi: 'Trường hợp 1: Cộng đồng dịch vụ du lịch',
              maxPoints: 3,
              criteria: [
                {
                  code: 'C.8.case-1',
                  letter: null,
                  titleVi: 'Trường hợp 1: Cộng đồng dịch vụ du lịch',
                  maxPoints: 3,
                  options: [
                    {
                      textVi:
                        'Dưới 50% cơ sở dịch vụ được cấp chứng nhận đủ điều kiện kinh doanh theo quy định (dịch vụ lưu trú, vận chuyển,...)',
                      points: 1,
                    },
                    {
                      textVi:
                        'Có từ 50% đến dưới 75% cơ sở dịch vụ được chứng nhận đủ điều kiện kinh doanh theo quy định (dịch vụ lưu trú, vận chuyển, ...)',
                      points: 2,
                    },
                    {
                      textVi:
                        'Có trên 75% cơ sở dịch vụ được cấp chứng nhận đủ điều kiện kinh doanh theo quy định (dịch vụ lưu trú, vận chuyển,...)',
                      points: 3,
                    },
                  ],
                },
              ],
            },
            {
              number: 2,
              code: 'C.8.case-2',
              titleVi: 'Trường hợp 2: Điểm dịch vụ du lịch',
              maxPoints: 3,
              criteria: [
                {
                  code: 'C.8.case-2',
                  letter: null,
                  titleVi: 'Trường hợp 2: Điểm dịch vụ du lịch',
                  maxPoints: 3,
                  options: [
                    { textVi: 'Có đăng ký kinh doanh dịch vụ du lịch', points: 1 },
                    {
                      textVi: 'Có đăng ký kinh doanh và đáp ứng đủ điều kiện kinh doanh',
                      points: 2,
                    },
                    {
                      textVi:
                        'Có đăng ký kinh doanh, đáp ứng đủ điều kiện kinh doanh và được công nhận cơ sở kinh doanh dịch vụ du lịch đạt tiêu chuẩn phục vụ khách du lịch',
                      points: 3,
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: 'C.9',
          number: 9,
          titleVi: 'CHẤT LƯỢNG AN TOÀN VÀ AN NINH TRẬT TỰ',
          noteVi: 'Lựa chọn một trong hai trường hợp sau:',
          maxPoints: 2,
          criteria: [],
          cases: [
            {
              number: 1,
              code: 'C.9.case-1',
              titleVi: 'Trường hợp 1: Cộng đồng dịch vụ du lịch',
              maxPoints: 2,
              criteria: [
                {
                  code: 'C.9.case-1',
                  letter: null,
                  titleVi: 'Trường hợp 1: Cộng đồng dịch vụ du lịch',
                  maxPoints: 2,
                  options: [
                    {
                      textVi:
                        'Có ít nhất 75% số cơ sở kinh doanh dịch vụ đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật',
                      points: 1,
                    },
                    {
                      textVi:
                        'Có 100% số cơ sở kinh doanh dịch vụ đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật',
                      points: 2,
                    },
                  ],
                },
              ],
            },
            {
              number: 2,
              code: 'C.9.case-2',
              titleVi: 'Trường hợp 2: Điểm dịch vụ du lịch',
              maxPoints: 2,
              criteria: [
                {
                  code: 'C.9.case-2',
                  letter: null,
                  titleVi: 'Trường hợp 2: Điểm dịch vụ du lịch',
                  maxPoints: 2,
                  options: [
                    {
                      textVi:
                        'Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật',
                      points: 1,
                    },
                    {
                      textVi:
                        'Đáp ứng điều kiện về an ninh, trật tự, an toàn về phòng cháy và chữa cháy, bảo vệ môi trường, an toàn thực phẩm theo quy định của pháp luật và có thực hiện hướng dẫn, tập huấn thường xuyên/định kỳ cho nhân viên',
                      points: 2,
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: 'C.10',
          number: 10,
          titleVi: 'TÍNH HOÀN THIỆN CỦA QUÁ TRÌNH DỊCH VỤ',
          maxPoints: 3,
          criteria: [
            {
              code: 'C.10',
              letter: null,
              titleVi: 'TÍNH HOÀN THIỆN CỦA QUÁ TRÌNH DỊCH VỤ',
              maxPoints: 3,
              options: [
                {
                  textVi: 'Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống địa phương',
                  points: 1,
                },
                {
                  textVi:
                    'Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống và sản phẩm OCOP của địa phương, có tài liệu giới thiệu về sản phẩm, dịch vụ.',
                  points: 2,
                },
                {
                  textVi:
                    'Có điểm trưng bày, giới thiệu và bán sản phẩm truyền thống và sản phẩm OCOP của địa phương, có tài liệu giới thiệu về sản phẩm, dịch vụ, địa điểm bán có hạ tầng (bãi đỗ, nhà vệ sinh, khu giới thiệu về dịch vụ) được bố trí hài hòa.',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          code: 'C.11',
          number: 11,
          titleVi: 'HOẠT ĐỘNG TRẢI NGHIỆM',
          maxPoints: 2,
          criteria: [
            {
              code: 'C.11',
              letter: null,
              titleVi: 'HOẠT ĐỘNG TRẢI NGHIỆM',
              maxPoints: 2,
              options: [
                { textVi: 'Có hoạt động trải nghiệm', points: 1 },
                { textVi: 'Có mô hình hoạt động trải nghiệm', points: 2 },
              ],
            },
          ],
        },
        {
          code: 'C.12',
          number: 12,
          titleVi: 'QUẢN LÝ VÀ NHÂN VIÊN',
          maxPoints: 3,
          criteria: [
            {
              code: 'C.12',
              letter: null,
              titleVi: 'QUẢN LÝ VÀ NHÂN VIÊN',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Có dưới 50% lao động tham gia quản lý và nhân viên đã được đào tạo về chuyên môn, nghiệp vụ',
                  points: 1,
                },
                {
                  textVi:
                    'Có từ 50 - 75% lao động tham gia quản lý và nhân viên đã qua đào tạo về chuyên môn, nghiệp vụ',
                  points: 2,
                },
                {
                  textVi:
                    'Trên 75% lao động tham gia quản lý và nhân viên đã qua đào tạo về chuyên môn, nghiệp vụ; có nhân viên tiếp đón thành thạo ít nhất 1 ngoại ngữ',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          code: 'C.13',
          number: 13,
          titleVi: 'CHẤT LƯỢNG SẢN PHẨM DỊCH VỤ DU LỊCH',
          maxPoints: 4,
          criteria: [
            {
              code: 'C.13',
              letter: null,
              titleVi: 'CHẤT LƯỢNG SẢN PHẨM DỊCH VỤ DU LỊCH',
              maxPoints: 4,
              options: [
                { textVi: 'Sản phẩm dịch vụ du lịch phong phú, hấp dẫn', points: 1 },
                {
                  textVi: 'Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao',
                  points: 2,
                },
                {
                  textVi:
                    'Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao và được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu…).',
                  points: 3,
                },
                {
                  textVi:
                    'Sản phẩm dịch vụ du lịch phong phú, hấp dẫn, an toàn, chất lượng cao, mang đặc sắc vùng miền và được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).',
                  points: 4,
                },
              ],
            },
          ],
        },
        {
          code: 'C.14',
          number: 14,
          titleVi: 'CHẤT LƯỢNG PHỤC VỤ',
          maxPoints: 4,
          criteria: [
            {
              code: 'C.14',
              letter: null,
              titleVi: 'CHẤT LƯỢNG PHỤC VỤ',
              maxPoints: 4,
              options: [
                { textVi: 'Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo', points: 1 },
                {
                  textVi: 'Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khách đánh giá cao',
                  points: 2,
                },
                {
                  textVi:
                    'Thái độ phục vụ thân thiện, nhanh nhẹn, chu đáo, được du khách đánh giá cao qua phiếu đánh giá, bình chọn của khách hàng trên các trang điện tử dịch vụ lữ hành, du lịch uy tín (Booking, Agoda, TripAdvisor, Traveloka, iVivu...).',
                  points: 4,
                },
              ],
            },
          ],
        },
        {
          code: 'C.15',
          number: 15,
          titleVi: 'TIỆN NGHI',
          noteVi: 'Lựa chọn một trong hai trường hợp sau:',
          maxPoints: 3,
          criteria: [],
          cases: [
            {
              number: 1,
              code: 'C.15.case-1',
              titleVi: 'Trường hợp 1: Cộng đồng dịch vụ du lịch',
              maxPoints: 3,
              criteria: [
                {
                  code: 'C.15.case-1',
                  letter: null,
                  titleVi: 'Trường hợp 1: Cộng đồng dịch vụ du lịch',
                  maxPoints: 3,
                  options: [
                    {
                      textVi:
                        'Hạ tầng giao thông nội bộ thuận tiện, điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ',
                      points: 1,
                    },
                    {
                      textVi:
                        'Hạ tầng giao thông nội bộ thuận tiện, điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ, xã/thôn có các tiêu chí (giao thông, điện, nước, vệ sinh môi trường, vệ sinh ATTP) đạt chuẩn nông thôn mới.',
                      points: 3,
                    },
                  ],
                },
              ],
            },
            {
              number: 2,
              code: 'C.15.case-2',
              titleVi: 'Trường hợp 2: Điểm dịch vụ du lịch',
              maxPoints: 3,
              criteria: [
                {
                  code: 'C.15.case-2',
                  letter: null,
                  titleVi: 'Trường hợp 2: Điểm dịch vụ du lịch',
                  maxPoints: 3,
                  options: [
                    {
                      textVi: 'Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ',
                      points: 1,
                    },
                    {
                      textVi:
                        'Có hệ thống điện, nước sạch, khu vệ sinh, dịch vụ internet đầy đủ, đảm bảo chất lượng và khách đánh giá cao.',
                      points: 3,
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          code: 'C.16',
          number: 16,
          titleVi: 'HOẠT ĐỘNG THU HÚT KHÁCH DU LỊCH',
          maxPoints: 3,
          criteria: [
            {
              code: 'C.16',
              letter: null,
              titleVi: 'HOẠT ĐỘNG THU HÚT KHÁCH DU LỊCH',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Có cung cấp, tổ chức hoạt động trình diễn lễ, hội, văn hóa tại điểm dịch vụ du lịch',
                  points: 1,
                },
                {
                  textVi:
                    'Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tại điểm dịch vụ du lịch và mang tính cộng đồng ít nhất 2 lần/năm',
                  points: 2,
                },
                {
                  textVi:
                    'Có cung cấp, tổ chức hoạt động trình diễn lễ hội, văn hóa tại điểm dịch vụ du lịch và mang tính cộng đồng, đặc sắc văn hóa dân tộc, vùng miền ít nhất 2 lần/năm',
                  points: 3,
                },
              ],
            },
          ],
        },
        {
          code: 'C.17',
          number: 17,
          titleVi: 'HÀNG HÓA DỊCH VỤ (ĂN UỐNG, ĐỒ LƯU NIỆM...)',
          maxPoints: 2,
          criteria: [
            {
              code: 'C.17',
              letter: null,
              titleVi: 'HÀNG HÓA DỊCH VỤ (ĂN UỐNG, ĐỒ LƯU NIỆM...)',
              maxPoints: 2,
              options: [
                {
                  textVi:
                    'Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lượng phù hợp mang tính đặc sản địa phương',
                  points: 1,
                },
                {
                  textVi:
                    'Hàng hóa dịch vụ có nguồn gốc rõ ràng, có tiêu chuẩn chất lượng phù hợp mang tính đặc sản địa phương, và bảo đảm vệ sinh an toàn thực phẩm, có sản phẩm OCOP được bày, bán',
                  points: 2,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  decisions: [
    {
      nodeCode: 'C.8',
      kind: 'structure',
      source: 'group 8 max 3 with two criteria "a. Trường hợp 1" (3) and "b. Trường hợp 2" (3)',
      chosen: 'case block C.8.case-1 / C.8.case-2; exactly one case is scored; group max = 3',
      reason: 'The group note reads "Lựa chọn một trong hai trường hợp sau".',
      chosenVi:
        'Tách thành hai trường hợp C.8.case-1 / C.8.case-2; chỉ chấm một trong hai trường hợp; điểm tối đa của nhóm tiêu chí là 3.',
      reasonVi: 'Ghi chú của nhóm tiêu chí ghi rõ "Lựa chọn một trong hai trường hợp sau".',
    },
    {
      nodeCode: 'C.9',
      kind: 'structure',
      source: 'group 9 max 2 with "a. Trường hợp 1" (2) and "b. Trường hợp 2" (2)',
      chosen: 'case block C.9.case-1 / C.9.case-2; group max = 2',
      reason: 'The group note reads "Lựa chọn một trong hai trường hợp sau".',
      chosenVi: 'Tách thành hai trường hợp C.9.case-1 / C.9.case-2; điểm tối đa của nhóm tiêu chí là 2.',
      reasonVi: 'Ghi chú của nhóm tiêu chí ghi rõ "Lựa chọn một trong hai trường hợp sau".',
    },
    {
      nodeCode: 'C.15',
      kind: 'structure',
      source: 'group 15 max 3 with "a. Trường hợp 1" (3) and "b. Trường hợp 2" (3)',
      chosen: 'case block C.15.case-1 / C.15.case-2; group max = 3',
      reason: 'The group note reads "Lựa chọn một trong hai trường hợp sau".',
      chosenVi: 'Tách thành hai trường hợp C.15.case-1 / C.15.case-2; điểm tối đa của nhóm tiêu chí là 3.',
      reasonVi: 'Ghi chú của nhóm tiêu chí ghi rõ "Lựa chọn một trong hai trường hợp sau".',
    },
    {
      nodeCode: '*',
      kind: 'unverified',
      source: 'only 2 star-flagged rows (A.3.d option 2 ★4, A.3.e ★4); other sets carry 17–28',
      chosen: 'the two flags as transcribed, no others invented',
      reason:
        'The tourism sheet is structured differently (no samples, on-site inspection); no flag can be added without the official text. A tourism product can therefore reach 5★ on points alone. Verify against the gazette copy.',
      chosenVi: 'Giữ nguyên hai dấu sao (tiêu chí bắt buộc) như bản chép lại, không tự thêm dấu nào khác.',
      reasonVi:
        'Phiếu chấm dịch vụ du lịch có cấu trúc khác (không nộp mẫu sản phẩm, kiểm tra thực tế tại chỗ); không thể thêm dấu sao bắt buộc nào khi chưa có văn bản chính thức. Do đó sản phẩm du lịch có thể đạt 5★ chỉ nhờ tổng điểm. Cần đối chiếu với bản đăng Công báo.',
    },
    {
      nodeCode: 'B.5.a',
      kind: 'structure',
      source:
        'the tourism sheet has no raw-material criterion and no separate "Trí tuệ/bản sắc địa phương" criterion',
      chosen:
        'commune-assessed (Biểu 3): A.2.a product idea origin, A.3.c local labour, and B.5.a product story (its options grade "trí tuệ bản sắc địa phương"); no raw-material criterion',
      reason:
        'Biểu 3 lists four local criteria; a service has no raw material, and the story criterion is where this sheet grades local identity.',
      chosenVi:
        'Tiêu chí do UBND xã đánh giá (Biểu 3): A.2.a nguồn gốc ý tưởng sản phẩm, A.3.c sử dụng lao động địa phương và B.5.a câu chuyện sản phẩm (các phương án chấm "trí tuệ bản sắc địa phương"); không có tiêu chí nguyên liệu.',
      reasonVi:
        'Biểu 3 nêu bốn tiêu chí gắn với địa phương; sản phẩm dịch vụ không có nguyên liệu, và phiếu chấm này đánh giá bản sắc địa phương ở tiêu chí câu chuyện sản phẩm.',
    },
    {
      nodeCode: 'B.5.c',
      kind: 'checked-no-change',
      source: 'NOTES.md: "c) Sản phẩm dịch vụ du lịch …" maximum 2, option 3',
      chosen: 'as transcribed (maximum 2, options 1 / 2)',
      reason: 'Checked mechanically: the criterion maximum equals its best option; nothing to correct.',
      chosenVi: 'Giữ nguyên như bản chép lại (điểm tối đa 2, các phương án 1 / 2).',
      reasonVi:
        'Đã đối chiếu tự động: điểm tối đa của tiêu chí bằng điểm của phương án cao nhất; không có gì cần sửa.',
    },
    {
      nodeCode: 'A.2.a',
      kind: 'unverified',
      source: 'no knock-out note (the transcription lost it; sets 5–6 print it on the same criterion)',
      chosen: 'knock-out note "copy of another producer\'s product" added by analogy with sets 5–6',
      reason:
        'Sets 5–6 carry this note on the same criterion and the transcription drops notes elsewhere; added so a council can stop the evaluation. Unverified: check against the gazette copy.',
      chosenVi: 'Thêm ghi chú loại "giống hệt sản phẩm của nhà sản xuất khác" theo tương tự bộ 5–6.',
      reasonVi:
        'Bộ 5–6 in ghi chú này ở cùng tiêu chí, bản chép lại bỏ sót ghi chú ở các bộ khác; thêm vào để hội đồng có thể dừng đánh giá. Chưa kiểm chứng: cần đối chiếu với bản đăng Công báo.',
    },
  ],
};
