/**
 * Product set 16 — Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai (Natural mineral water and bottled drinking water).
 * Source: Decision 148/QĐ-TTg of 24/02/2023 (Prime Minister), Appendix I, scoring sheet of set 16.
 * Bootstrapped from a third-party transcription by scripts/generate-rubric-148.ts and then owned
 * here as data: every deviation from that transcription is listed in `decisions` with its reason.
 */
import type { CatalogueRubricSheet } from '../../rubric.types';

export const set16: CatalogueRubricSheet = {
  setNumber: 16,
  setNameVi: 'Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai',
  setNameEn: 'Natural mineral water and bottled drinking water',
  maxPoints: 100,
  requiresSamples: true,
  verification: {
    status: 'verified',
    noteVi:
      'Đã đối chiếu từng lựa chọn và điểm với văn bản Phụ lục I Quyết định 148/QĐ-TTg (qua bản chép lại, kiểm thử đối chiếu); mọi sai khác có ghi quyết định và lý do.',
    noteEn:
      'Every option and its points checked against Appendix I of Decision 148/QĐ-TTg (through the transcription, conformance test); every deviation is a recorded decision with its reason.',
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
          titleVi: 'TỔ CHỨC SẢN XUẤT',
          titleEn: 'Production organisation',
          maxPoints: 18,
          criteria: [
            {
              code: 'A.1.a',
              letter: 'a',
              titleVi: 'Nguồn nguyên liệu',
              maxPoints: 5,
              options: [
                {
                  textVi: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh dưới 50%',
                  points: 1,
                  mandatoryForStar: 3,
                },
                {
                  textVi: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 50% đến dưới 75%',
                  points: 3,
                },
                {
                  textVi: 'Sử dụng nguyên liệu có nguồn gốc trong tỉnh từ 75% đến 100%',
                  points: 5,
                },
              ],
              knockOut: {
                textVi: 'Ghi chú: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc',
                textEn: 'Excluded if all raw material is imported or of unknown origin.',
              },
              assessedByCommune: 'origin-and-local-raw-material',
              evidenceHintsVi: ['Hợp đồng/hóa đơn mua nguyên liệu', 'Xác nhận vùng nguyên liệu của UBND xã'],
            },
            {
              code: 'A.1.b',
              letter: 'b',
              titleVi: 'Gia tăng giá trị',
              maxPoints: 3,
              options: [
                { textVi: 'Tinh chế', points: 1 },
                { textVi: 'Ứng dụng công nghệ cao trong tinh chế', points: 2 },
                { textVi: 'Ứng dụng công nghệ cao trong tinh chế, đóng gói', points: 3 },
              ],
            },
            {
              code: 'A.1.c',
              letter: 'c',
              titleVi: 'Năng lực sản xuất để đáp ứng yêu cầu phân phối',
              noteVi:
                'Khả năng sản xuất đáp ứng nhu cầu về số lượng/quy mô của thị trường, so sánh với quy mô trung bình ở cùng đối tượng sản xuất tại địa phương',
              maxPoints: 3,
              options: [
                { textVi: 'Có năng lực, quy mô sản xuất mức độ nhỏ', points: 1 },
                {
                  textVi: 'Có năng lực, quy mô sản xuất trung bình',
                  points: 2,
                  mandatoryForStar: 4,
                },
                {
                  textVi: 'Có năng lực, quy mô sản xuất lớn, có thể đáp ứng thị trường xuất khẩu',
                  points: 3,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Báo cáo sản lượng, công suất', 'Ảnh cơ sở sản xuất'],
            },
            {
              code: 'A.1.d',
              letter: 'd',
              titleVi: 'Liên kết chuỗi trong sản xuất',
              maxPoints: 3,
              options: [
                { textVi: 'Không có liên kết hoặc có nhưng không rõ ràng', points: 0 },
                {
                  textVi:
                    'Có hợp đồng liên kết sản xuất từ 50% đến dưới 75% sản lượng nguyên liệu đầu vào cho chế biến',
                  points: 1,
                },
                {
                  textVi: 'Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến',
                  points: 2,
                  mandatoryForStar: 4,
                },
                {
                  textVi:
                    'Có hợp đồng liên kết trên 75% sản lượng nguyên liệu đầu vào cho chế biến và tổ chức thực hiện hợp đồng ổn định từ 12 tháng trở lên',
                  points: 3,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Hợp đồng liên kết sản xuất', 'Biên bản nghiệm thu, thanh lý hợp đồng'],
            },
            {
              code: 'A.1.đ',
              letter: 'đ',
              titleVi: 'Bảo vệ môi trường trong quá trình sản xuất',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật và các quy định khác về bảo vệ môi trường',
                  points: 1,
                  mandatoryForStar: 4,
                },
                {
                  textVi:
                    'Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường và hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định',
                  points: 2,
                },
                {
                  textVi:
                    'Có Hồ sơ, thủ tục về môi trường theo quy định của pháp luật về bảo vệ môi trường; hồ sơ minh chứng về công trình thu gom và xử lý chất thải theo quy định và hồ sơ minh chứng về sử dụng bao gói thân thiện với môi trường',
                  points: 3,
                },
              ],
              evidenceHintsVi: [
                'Hồ sơ, thủ tục môi trường theo quy định',
                'Hồ sơ công trình thu gom, xử lý chất thải',
              ],
            },
            {
              code: 'A.1.e',
              letter: 'e',
              titleVi: 'Sử dụng công nghệ theo hướng bền vững trong sản xuất',
              maxPoints: 1,
              options: [
                {
                  textVi: 'Không sử dụng công nghệ theo hướng bền vững trong sản xuất',
                  points: 0,
                },
                {
                  textVi:
                    'Có áp dụng công nghệ theo hướng bền vững môi trường (công nghệ tiết kiệm nguyên liệu, nhiên liệu; hoạt động xử lý/tái chế chất thải; tận thu tái sử dụng, tái chế phụ phẩm nông nghiệp,...)',
                  points: 1,
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
          maxPoints: 10,
          criteria: [
            {
              code: 'A.2.a',
              letter: 'a',
              titleVi: 'Nguồn gốc ý tưởng sản phẩm',
              maxPoints: 4,
              options: [
                {
                  textVi: 'Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố',
                  points: 0,
                },
                {
                  textVi:
                    'Sản phẩm được sản xuất phổ biến ở nhiều tỉnh, thành phố nhưng có chất lượng nổi trội, khác biệt do điều kiện về nguyên liệu, kỹ thuật truyền thống',
                  points: 1,
                },
                {
                  textVi:
                    'Sản phẩm được sản xuất ở nhiều nơi trên địa bàn, là sản phẩm đặc trưng của tỉnh, có chất lượng nổi trội',
                  points: 3,
                },
                {
                  textVi:
                    'Sản phẩm là đặc sản, truyền thống, chỉ sản xuất trên địa bàn của huyện, có chất lượng đặc sắc, thương mại gắn với chỉ dẫn nguồn gốc địa lý',
                  points: 4,
                  mandatoryForStar: 4,
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
              titleVi: 'Đóng gói, bao bì sản phẩm',
              maxPoints: 3,
              options: [
                {
                  textVi: 'Đóng gói theo hình thức thông thường, không có bao bì',
                  points: 0,
                },
                {
                  textVi: 'Đóng gói theo hình thức thông thường, bao bì đơn giản',
                  points: 1,
                },
                { textVi: 'Đóng gói sáng tạo, bao bì đẹp', points: 2 },
                {
                  textVi: 'Đóng gói sáng tạo, tiện lợi, bao bì đẹp, thân thiện với môi trường',
                  points: 3,
                  mandatoryForStar: 5,
                },
              ],
              evidenceHintsVi: ['Mẫu bao bì sản phẩm'],
            },
            {
              code: 'A.2.c',
              letter: 'c',
              titleVi: 'Phong cách, ghi nhãn hàng hóa',
              maxPoints: 3,
              options: [
                {
                  textVi: 'Có nhãn, ghi nhãn hàng hóa đầy đủ, theo đúng quy định',
                  points: 1,
                },
                {
                  textVi:
                    'Ghi nhãn hàng hóa đầy đủ, đúng quy định, thể hiện được thông điệp/câu chuyện sản phẩm',
                  points: 2,
                },
                {
                  textVi:
                    'Ghi nhãn hàng hóa đầy đủ, đúng quy định, đẹp, thể hiện được thông điệp/câu chuyện sản phẩm; có truy xuất nguồn gốc điện tử',
                  points: 3,
                  mandatoryForStar: 4,
                },
              ],
              evidenceHintsVi: ['Mẫu nhãn', 'Mã truy xuất nguồn gốc'],
            },
          ],
        },
        {
          code: 'A.3',
          number: 3,
          titleVi: 'SỨC MẠNH CỘNG ĐỒNG',
          titleEn: 'Community strength',
          maxPoints: 12,
          criteria: [
            {
              code: 'A.3.a',
              letter: 'a',
              titleVi: 'Loại hình tổ chức sản xuất - kinh doanh',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Hộ gia đình có đăng ký kinh doanh, trang trại, tổ hợp tác (có giấy đăng ký kinh doanh của tổ trưởng), Công ty Trách nhiệm hữu hạn (TNHH) 1 thành viên, doanh nghiệp tư nhân (DNTN)',
                  points: 1,
                },
                {
                  textVi:
                    'Công ty TNHH hai thành viên trở lên, công ty cổ phần có vốn góp của cộng đồng địa phương <51%',
                  points: 2,
                },
                {
                  textVi:
                    'HTX tổ chức, hoạt động theo Luật HTX 2012 hoặc công ty cổ phần có vốn góp của cộng đồng địa phương ≥ 51%',
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
              maxPoints: 2,
              options: [
                {
                  textVi:
                    'Hợp tác xã xếp loại trung bình, các loại hình khác có lợi nhuận tăng trưởng dương so với năm trước liền kề',
                  points: 1,
                },
                {
                  textVi:
                    'Hợp tác xã xếp loại khá, các loại hình khác có 2 năm liên tiếp tăng trưởng dương về lợi nhuận',
                  points: 2,
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
                  textVi: 'Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký',
                  points: 1,
                },
                {
                  textVi:
                    'Nhãn hiệu sử dụng trên sản phẩm của chủ thể được cấp giấy chứng nhận đăng ký; và sản phẩm có sử dụng dấu hiệu chỉ dẫn nguồn gốc địa lý gắn với cộng đồng địa phương (đối với những sản phẩm đã được bảo hộ chỉ dẫn địa lý, nhãn hiệu chứng nhận, nhãn hiệu tập thể thì bắt buộc phải sử dụng)',
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
          maxPoints: 13,
          criteria: [
            {
              code: 'B.4.a',
              letter: 'a',
              titleVi: 'Khu vực phân phối chính',
              maxPoints: 5,
              options: [
                { textVi: 'Thị trường trong huyện', points: 1 },
                {
                  textVi: 'Thị trường ngoài huyện, có dưới 5 đại diện/đại lý phân phối',
                  points: 2,
                },
                {
                  textVi: 'Thị trường ngoài huyện, có ≥ 5 đại diện/đại lý phân phối',
                  points: 3,
                },
                {
                  textVi:
                    'Thị trường quốc tế (có hợp đồng); hoặc phân phối tại các kênh thương mại hiện đại: siêu thị, thương mại điện tử,... (có hợp đồng và vận hành ổn định ít nhất 6 tháng)',
                  points: 5,
                },
              ],
              evidenceHintsVi: ['Hợp đồng phân phối, đại lý', 'Hợp đồng với siêu thị/sàn thương mại điện tử'],
            },
            {
              code: 'B.4.b',
              letter: 'b',
              titleVi: 'Tổ chức phân phối',
              noteVi: 'Gồm: Tổ chức kinh doanh, phân phối sản phẩm',
              maxPoints: 4,
              options: [
                { textVi: 'Không có người chịu trách nhiệm quản lý phân phối', points: 0 },
                { textVi: 'Có người chịu trách nhiệm quản lý phân phối', points: 1 },
                { textVi: 'Có bộ phận/phòng quản lý phân phối', points: 3 },
                {
                  textVi: 'Có bộ phận/phòng quản lý phân phối, có ứng dụng công nghệ thông tin trong quản lý',
                  points: 4,
                },
              ],
            },
            {
              code: 'B.4.c',
              letter: 'c',
              titleVi: 'Quảng bá sản phẩm',
              maxPoints: 4,
              options: [
                { textVi: 'Không có hoạt động quảng bá', points: 0 },
                { textVi: 'Có một số hoạt động quảng bá', points: 1 },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội, có tham gia hoạt động xúc tiến thương mại trong tỉnh',
                  points: 2,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh',
                  points: 3,
                },
                {
                  textVi:
                    'Có nhiều hoạt động quảng bá, có website của cơ sở/quảng bá trên mạng xã hội hoạt động thường xuyên, có tham gia hoạt động xúc tiến thương mại ngoài tỉnh và quốc tế',
                  points: 4,
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
          titleVi: 'CÂU CHUYỆN VỀ SẢN PHẨM',
          titleEn: 'Product story',
          maxPoints: 12,
          criteria: [
            {
              code: 'B.5.a',
              letter: 'a',
              titleVi: 'Câu chuyện về sản phẩm',
              maxPoints: 5,
              options: [
                {
                  textVi: 'Không có câu chuyện, hoặc có nhưng không được tư liệu hóa',
                  points: 0,
                },
                { textVi: 'Có tài liệu giới thiệu về sản phẩm', points: 1 },
                {
                  textVi: 'Có câu chuyện được tư liệu hóa (có cốt chuyện, nội dung cụ thể)',
                  points: 2,
                },
                {
                  textVi: 'Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi',
                  points: 3,
                },
                {
                  textVi: 'Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi và website',
                  points: 4,
                },
                {
                  textVi:
                    'Có câu chuyện được tư liệu hóa, trình bày trên nhãn/tờ rơi, website (dưới dạng hình ảnh, clip,...)',
                  points: 5,
                },
              ],
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
            {
              code: 'B.5.b',
              letter: 'b',
              titleVi: 'Trí tuệ/bản sắc địa phương',
              noteVi: 'Chỉ áp dụng khi có câu chuyện, đánh giá nội dung câu chuyện:',
              maxPoints: 5,
              options: [
                { textVi: 'Giống với câu chuyện sản phẩm ở nơi khác', points: 0 },
                {
                  textVi: 'Tương đối giống câu chuyện sản phẩm ở nơi khác, có thay đổi một số yếu tố',
                  points: 1,
                },
                {
                  textVi: 'Có câu chuyện riêng, gắn với nguồn gốc xuất xứ',
                  points: 3,
                  mandatoryForStar: 3,
                },
                {
                  textVi:
                    'Có câu chuyện sản phẩm đặc sắc, mang sắc thái truyền thống, văn hóa và trí tuệ/bản sắc địa phương',
                  points: 5,
                  mandatoryForStar: 4,
                },
              ],
              assessedByCommune: 'story-local-identity',
              evidenceHintsVi: ['Tài liệu câu chuyện sản phẩm', 'Nhãn, tờ rơi, website thể hiện câu chuyện'],
            },
            {
              code: 'B.5.c',
              letter: 'c',
              titleVi: 'Cấu trúc câu chuyện',
              maxPoints: 2,
              options: [
                { textVi: 'Đơn giản', points: 0 },
                { textVi: 'Có đầy đủ các yếu tố của câu chuyện sản phẩm', points: 1 },
                {
                  textVi:
                    'Ngắn gọn, xúc tích và có các thông điệp đặc sắc về sản phẩm/văn hóa/trí tuệ/bản sắc địa phương',
                  points: 2,
                  mandatoryForStar: 5,
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
          titleVi: 'CHỈ TIÊU CẢM QUAN',
          titleEn: 'Sensory indicators',
          maxPoints: 14,
          criteria: [
            {
              code: 'C.6.a',
              letter: 'a',
              titleVi: 'Tạp chất lạ',
              maxPoints: 3,
              knockOut: {
                textVi:
                  'Ghi chú: Nếu có tạp chất không chấp nhận được (các tạp chất có nguy cơ không đạt ATTP) như: đất, côn trùng, lông, len, mốc nguy hại,... sẽ không đánh giá các bước tiếp theo.',
                textEn: 'Unacceptable impurities (food-safety risk): the product is not evaluated further.',
              },
              options: [
                { textVi: 'Có tạp chất', points: 0 },
                { textVi: 'Sạch, không phát hiện tạp chất/cặn', points: 3 },
              ],
              evidenceHintsVi: ['Mẫu sản phẩm (hội đồng đánh giá trực tiếp)'],
            },
            {
              code: 'C.6.b',
              letter: 'b',
              titleVi: 'Màu sắc',
              maxPoints: 3,
              options: [
                { textVi: 'Có màu', points: 0 },
                { textVi: 'Trong suốt, không màu', points: 3 },
              ],
              evidenceHintsVi: ['Mẫu sản phẩm (hội đồng đánh giá trực tiếp)'],
            },
            {
              code: 'C.6.c',
              letter: 'c',
              titleVi: 'Mùi',
              maxPoints: 3,
              options: [
                { textVi: 'Có mùi', points: 0 },
                { textVi: 'Có mùi nhẹ, tự nhiên, chấp nhận được', points: 1 },
                { textVi: 'Không có mùi', points: 3 },
              ],
              evidenceHintsVi: ['Mẫu sản phẩm (hội đồng đánh giá trực tiếp)'],
            },
            {
              code: 'C.6.d',
              letter: 'd',
              titleVi: 'Vị',
              maxPoints: 5,
              options: [
                { textVi: 'Có vị lạ', points: 0 },
                { textVi: 'Tương đối phù hợp với sản phẩm', points: 1 },
                { textVi: 'Phù hợp với sản phẩm', points: 3 },
                {
                  textVi: 'Phù hợp với sản phẩm, “ấn tượng”, sảng khoái sau uống',
                  points: 5,
                },
              ],
              evidenceHintsVi: ['Mẫu sản phẩm (hội đồng đánh giá trực tiếp)'],
            },
          ],
        },
        {
          code: 'C.7',
          number: 7,
          titleVi: 'TÍNH ĐỘC ĐÁO',
          titleEn: 'Uniqueness',
          noteVi:
            'Chất lượng: Có nét riêng, khác biệt, có dấu hiệu nhận biết rõ ràng so với sản phẩm khác, tiềm năng thành thương hiệu của địa phương',
          maxPoints: 5,
          criteria: [
            {
              code: 'C.7',
              letter: null,
              titleVi: 'TÍNH ĐỘC ĐÁO',
              maxPoints: 5,
              options: [
                { textVi: 'Trung bình', points: 0 },
                { textVi: 'Tương đối độc đáo', points: 1 },
                { textVi: 'Độc đáo, mang tính đặc trưng', points: 3, mandatoryForStar: 4 },
                {
                  textVi: 'Rất độc đáo và có tính đặc trưng',
                  points: 5,
                  mandatoryForStar: 5,
                },
              ],
            },
          ],
        },
        {
          code: 'C.8',
          number: 8,
          titleVi: 'CÔNG BỐ CHẤT LƯỢNG SẢN PHẨM, KIỂM TRA ĐỊNH KỲ',
          titleEn: 'Quality declaration and periodic testing',
          maxPoints: 6,
          criteria: [
            {
              code: 'C.8.a',
              letter: 'a',
              titleVi: 'Công bố chất lượng sản phẩm theo quy định',
              maxPoints: 3,
              options: [
                { textVi: 'Không có Bản công bố tiêu chuẩn sản phẩm/chất lượng', points: 0 },
                {
                  textVi:
                    'Có Bản tự công bố chất lượng sản phẩm; ghi nhãn sản phẩm; quảng cáo thực phẩm (nếu có) theo đúng quy định',
                  points: 1,
                  mandatoryForStar: 3,
                },
                {
                  textVi:
                    'Có Bản tự công bố chất lượng sản phẩm; ghi nhãn sản phẩm; quảng cáo thực phẩm (nếu có) và có đủ hồ sơ lưu trữ theo đúng quy định.',
                  points: 3,
                },
              ],
              evidenceHintsVi: [
                'Bản công bố/tự công bố sản phẩm, tiêu chuẩn cơ sở',
                'Phiếu kiểm nghiệm kèm theo',
              ],
            },
            {
              code: 'C.8.b',
              letter: 'b',
              titleVi: 'Kiểm tra định kỳ các chỉ tiêu ATTP theo quy định',
              maxPoints: 3,
              options: [
                {
                  textVi:
                    'Có kết quả kiểm nghiệm các chỉ tiêu an toàn sản phẩm trong hồ sơ tự công bố chất lượng sản phẩm theo quy định',
                  points: 1,
                },
                {
                  textVi:
                    'Có kết quả kiểm nghiệm các chỉ tiêu an toàn sản phẩm trong hồ sơ tự công bố chất lượng sản phẩm theo quy định và kết quả tự kiểm nghiệm định kỳ các chỉ tiêu an toàn đối với sản phẩm.',
                  points: 3,
                },
              ],
              evidenceHintsVi: [
                'Bản công bố/tự công bố sản phẩm, tiêu chuẩn cơ sở',
                'Phiếu kiểm nghiệm kèm theo',
              ],
            },
          ],
        },
        {
          code: 'C.9',
          number: 9,
          titleVi: 'ĐIỀU KIỆN ĐẢM BẢO AN TOÀN CHẤT LƯỢNG SẢN PHẨM',
          maxPoints: 5,
          criteria: [
            {
              code: 'C.9',
              letter: null,
              titleVi: 'ĐIỀU KIỆN ĐẢM BẢO AN TOÀN CHẤT LƯỢNG SẢN PHẨM',
              maxPoints: 5,
              options: [
                {
                  textVi:
                    'Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực)',
                  points: 1,
                },
                {
                  textVi:
                    'Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực) và được kiểm tra, đánh giá của cơ quan có thẩm quyền sau cấp giấy',
                  points: 3,
                },
                {
                  textVi:
                    'Có giấy chứng nhận cơ sở đủ điều kiện an toàn sản xuất sản phẩm (hoặc tương đương) theo đúng quy định (do cơ quan có thẩm quyền cấp, còn hiệu lực); được kiểm tra, đánh giá của cơ quan có thẩm quyền sau cấp giấy và có tài liệu chứng minh áp dụng dây chuyền sản xuất tiên tiến, hiện đại.',
                  points: 5,
                  mandatoryForStar: 5,
                },
              ],
            },
          ],
        },
        {
          code: 'C.10',
          number: 10,
          titleVi: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
          titleEn: 'Global market opportunity',
          maxPoints: 5,
          criteria: [
            {
              code: 'C.10',
              letter: null,
              titleVi: 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU',
              maxPoints: 5,
              options: [
                { textVi: 'Có thể xuất khẩu đến thị trường khu vực Đông Nam Á', points: 1 },
                {
                  textVi: 'Có thể xuất khẩu các thị trường ngoài khu vực Đông Nam Á',
                  points: 3,
                },
                {
                  textVi: 'Có thể xuất khẩu đến các thị trường có tiêu chuẩn cao (Mỹ, Nhật, EU...)',
                  points: 5,
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
      nodeCode: 'C.8.b',
      kind: 'checked-no-change',
      source: 'NOTES.md: "b) Kiểm tra định kỳ các chỉ tiêu ATTP" maximum lower than an option (5)',
      chosen: 'as transcribed',
      reason:
        'Checked mechanically: in this transcription the criterion maximum equals its best option; nothing to correct.',
      chosenVi: 'Giữ nguyên như bản chép lại.',
      reasonVi:
        'Đã đối chiếu tự động: trong bản chép lại, điểm tối đa của tiêu chí bằng điểm của phương án cao nhất; không có gì cần sửa.',
    },
    {
      nodeCode: 'A.1.a',
      kind: 'unverified',
      source: 'no knock-out note (the transcription lost it; sets 5–6 print it on the same criterion)',
      chosen:
        'knock-out note "raw material all imported or of unknown origin" added by analogy with sets 5–6',
      reason:
        'Sets 5–6 carry this note on the same criterion and the transcription drops notes elsewhere; added so a council can stop the evaluation. Unverified: check against the gazette copy.',
      chosenVi:
        'Thêm ghi chú loại "toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc" theo tương tự bộ 5–6.',
      reasonVi:
        'Bộ 5–6 in ghi chú này ở cùng tiêu chí, bản chép lại bỏ sót ghi chú ở các bộ khác; thêm vào để hội đồng có thể dừng đánh giá. Chưa kiểm chứng: cần đối chiếu với bản đăng Công báo.',
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
    {
      nodeCode: 'C.6.a',
      kind: 'unverified',
      source: 'no knock-out note (the transcription lost it; sets 5–6 print it on the same criterion)',
      chosen: 'knock-out note "unacceptable impurities" added by analogy with sets 5–6',
      reason:
        'Sets 5–6 carry this note on the same criterion and the transcription drops notes elsewhere; added so a council can stop the evaluation. Unverified: check against the gazette copy.',
      chosenVi: 'Thêm ghi chú loại "tạp chất không chấp nhận được" theo tương tự bộ 5–6.',
      reasonVi:
        'Bộ 5–6 in ghi chú này ở cùng tiêu chí, bản chép lại bỏ sót ghi chú ở các bộ khác; thêm vào để hội đồng có thể dừng đánh giá. Chưa kiểm chứng: cần đối chiếu với bản đăng Công báo.',
    },
  ],
};
